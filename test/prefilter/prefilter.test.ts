import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readTools } from '../../src/prefilter/formats.js'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import type { Tool } from '../../src/prefilter/types.js'
import { DATASETS, jsonLines, sealTools } from './helpers.js'

interface SealCase {
  query: string
  calling: Array<{ api: string }>
}

const pool = sealTools()
const byName = new Map(pool.map((t) => [t.name, t]))
const core: Tool[] = readTools([
  { name: 'get_time', description: 'Get the current date and time', parameters: { type: 'object' } },
  { name: 'get_location', description: "Get the user's location", parameters: { type: 'object' } },
]).tools

/** A 150-tool catalogue: the case's tools, two core tools and the first others of the pool. */
function catalogueFor(needed: string[]): Tool[] {
  const tools = needed.map((n) => byName.get(n)!)
  for (const t of pool) {
    if (tools.length >= 148) break
    if (!needed.includes(t.name)) tools.push(t)
  }
  return [...tools.slice(needed.length), ...core, ...tools.slice(0, needed.length)]
}

describe('ToolPrefilter on Seal-Tools', () => {
  const cases = jsonLines<SealCase>(path.join(DATASETS, 'seal-tools/test_in_domain.jsonl'), 60)

  it('keeps the needed tools of most real queries while sending a small share of the tokens', () => {
    let complete = 0
    let reduction = 0
    for (const c of cases) {
      const needed = [...new Set(c.calling.map((x) => x.api))]
      const result = new ToolPrefilter(catalogueFor(needed), {
        coreTools: ['get_time', 'get_location'],
      }).filter(c.query)
      const kept = new Set(result.tools.map((t) => t.name))
      if (needed.every((n) => kept.has(n))) complete++
      reduction += result.tokens.reduction
      expect(result.tools.slice(0, 2).map((t) => t.name)).toEqual(['get_time', 'get_location'])
    }
    expect(complete / cases.length).toBeGreaterThanOrEqual(0.9)
    expect(reduction / cases.length).toBeGreaterThanOrEqual(0.85)
  })

  it('says why each tool was kept and orders core first, then catalogue order', () => {
    const catalogue = catalogueFor(['getWaterQuality'])
    const result = new ToolPrefilter(catalogue, { coreTools: ['get_location', 'get_time'] }).filter(
      'Tell me the water quality of the lake.',
    )
    expect(result.tools[0]).toMatchObject({ name: 'get_location', reasons: ['core'] })
    const water = result.tools.find((t) => t.name === 'getWaterQuality')!
    expect(water.reasons).toContain('relevance')
    expect(water.relevance).toBe(1)
    const positions = result.tools.slice(2).map((t) => catalogue.findIndex((c) => c.name === t.name))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('is deterministic', () => {
    const prefilter = new ToolPrefilter(catalogueFor(['getCustomsInfo']))
    const message = 'Tell me the customs information for shipment with ID "QKE091vBmySh".'
    expect(prefilter.filter(message)).toEqual(prefilter.filter(message))
  })

  it('falls back to more tools, not fewer, when nothing in the message matches', () => {
    const catalogue = catalogueFor(['getWaterQuality'])
    const prefilter = new ToolPrefilter(catalogue, { coreTools: ['get_time'] })
    const empty = prefilter.filter('')
    expect(empty.fallback).toBe(true)
    expect(empty.tools).toHaveLength(catalogue.length)
    const budgeted = new ToolPrefilter(catalogue, { coreTools: ['get_time'], maxTools: 20 }).filter(
      'zzzz qqqq',
    )
    expect(budgeted.tools).toHaveLength(20)
    expect(budgeted.tools[0]!.name).toBe('get_time')
  })

  it('keeps recent tools and tolerates unknown or malformed context keys', () => {
    const prefilter = new ToolPrefilter(catalogueFor(['getWaterQuality']), { coreTools: ['get_time'] })
    const context = {
      recentTools: ['no_such_tool', 'analyzeEvidence'],
      page: 42,
      mood: 'sunny',
      turns: [null, 7],
    }
    const result = prefilter.filter('and for the river?', context as never)
    expect(result.tools.find((t) => t.name === 'analyzeEvidence')?.reasons).toEqual(['recent'])
  })

  it('respects a token budget while always sending core tools', () => {
    const catalogue = catalogueFor(['getWaterQuality'])
    const result = new ToolPrefilter(catalogue, {
      coreTools: ['get_time', 'get_location'],
      maxTokens: 150,
    }).filter('analyze water and air quality, energy use and health data')
    expect(result.tools.slice(0, 2).map((t) => t.name)).toEqual(['get_time', 'get_location'])
    expect(result.tokens.kept).toBeLessThanOrEqual(150)
  })

  it('indexes 1,000 tools in well under a second and filters them in milliseconds', () => {
    const tools = pool.slice(0, 1000)
    const start = performance.now()
    const prefilter = new ToolPrefilter(tools)
    expect(performance.now() - start).toBeLessThan(1000)
    const times = cases.map((c) => {
      const t = performance.now()
      prefilter.filter(c.query)
      return performance.now() - t
    })
    times.sort((a, b) => a - b)
    // Loose bound: CI machines are noisy; bench/prefilter/run.ts measures the real figures.
    expect(times[Math.floor(times.length / 2)]!).toBeLessThan(10)
  })
})
