import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { proposeForTools, proposePrefilter, readsContext } from '../../src/init/detect-prefilter.js'
import { readTools } from '../../src/prefilter/formats.js'
import { assertGatePossible } from '../../src/prefilter/gates.js'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import { EXAMPLE, mcpTool, sealTools } from '../prefilter/helpers.js'

const registry = path.join(EXAMPLE, 'registry.json')

describe('init proposes the prefilter section from the registry it found', () => {
  it('makes the ambient-context getters of the example app core, with a gate its catalogue can meet', () => {
    const { proposal, problem } = proposePrefilter(readFileSync(registry, 'utf8'), 'tools/registry.json')
    expect(problem).toBeUndefined()
    expect(proposal!.coreTools).toEqual(['get_time', 'get_location', 'get_user_profile'])
    // The prefilter's own measure of what those core tools leave agrees, and the gate fits under it.
    const prefilter = new ToolPrefilter(readTools(JSON.parse(readFileSync(registry, 'utf8'))).tools, {
      coreTools: proposal!.coreTools,
    })
    expect(proposal!.attainableReduction).toBeCloseTo(prefilter.coreShare.attainableReduction, 6)
    expect(proposal!.minTokenReduction).toBeLessThanOrEqual(proposal!.attainableReduction)
    expect(proposal!.targetTokenReduction).toBeLessThanOrEqual(proposal!.attainableReduction)
    expect(() =>
      assertGatePossible(proposal!.minTokenReduction, prefilter.coreShare, prefilter.coreToolNames),
    ).not.toThrow()
    expect(proposal!.reasons.join('\n')).toMatch(/get_location: core/)
  })

  it("takes GitHub's get_me, and no tool that needs input or names something else", () => {
    const tools = readTools(['get_me', 'list_issues', 'create_issue', 'get_file_contents'].map(mcpTool)).tools
    expect(tools.filter(readsContext).map((t) => t.name)).toEqual(['get_me'])
  })

  it('proposes no core tools for a catalogue without context readers, and the plan gate', () => {
    const seal = sealTools().slice(0, 300)
    const proposal = proposeForTools(seal)
    const readers = seal.filter(readsContext).map((t) => t.name)
    expect(proposal.coreTools).toEqual(readers.slice(0, 3))
    const none = proposeForTools(readTools(['list_issues', 'create_issue'].map(mcpTool)).tools)
    expect(none.coreTools).toEqual([])
    expect(none.minTokenReduction).toBe(0.8)
    expect(none.reasons[0]).toMatch(/no core tools/)
  })

  it('leaves out a context reader that would cost too much of every request, and lowers the gate to fit', () => {
    const catalogue = (others: number) =>
      readTools([
        { name: 'get_time', description: 'Current time', parameters: { type: 'object', properties: {} } },
        ...Array.from({ length: others }, (_, i) => ({
          name: `tool_${i}`,
          description: 'Does one thing',
          parameters: { type: 'object', properties: {} },
        })),
      ]).tools
    // Among three tools, get_time is a third of every request: not core, so nothing caps the saving.
    const dear = proposeForTools(catalogue(2))
    expect(dear.coreTools).toEqual([])
    expect(dear.reasons.join('\n')).toMatch(/get_time reads context but would make core tools over 20\.0%/)
    const small = catalogue(6)
    const tight = proposeForTools(small)
    expect(tight.coreTools).toEqual(['get_time'])
    expect(tight.attainableReduction).toBeLessThan(0.9)
    expect(tight.minTokenReduction).toBeLessThan(tight.attainableReduction)
    expect(tight.minTokenReduction).toBeLessThan(0.8)
  })

  it('reports a file that is not a registry instead of failing init', () => {
    const { proposal, problem } = proposePrefilter('{"tools": [ {"name": 1} ]}', 'tools.json')
    expect(proposal).toBeUndefined()
    expect(problem).toMatch(/^tools\.json is not a tool registry launchgate reads: .*tools\.json:1:\d+/)
  })
})
