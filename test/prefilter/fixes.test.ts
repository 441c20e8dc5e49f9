import { describe, expect, it } from '@jest/globals'
import { benchmarkReport, runBenchmark } from '../../src/prefilter/bench.js'
import { benchmarkSources } from '../../src/prefilter/benchmark-sources.js'
import { parseCases } from '../../src/prefilter/cases.js'
import { derivedCompanions } from '../../src/prefilter/companions.js'
import { closestNames } from '../../src/prefilter/core-tools.js'
import { ConfigurationError } from '../../src/errors.js'
import { prefilterSchema } from '../../src/config/sections/prefilter.js'
import { readTools } from '../../src/prefilter/formats.js'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import type { Tool } from '../../src/prefilter/types.js'
import { sealTools } from './helpers.js'

const GATES = { minTokenReduction: 0.5, minCompleteness: 0.5 }

function tools(defs: Array<[string, string]>): Tool[] {
  return readTools(
    defs.map(([name, description]) => ({
      name,
      description,
      parameters: { type: 'object', properties: {} },
    })),
  ).tools
}

/** A real catalogue (Seal-Tools' first tools) with an app's own tools among them. */
function catalogue(own: Array<[string, string]>): Tool[] {
  return [...sealTools().slice(0, 60), ...tools(own)]
}

describe('core tools missing from the catalogue', () => {
  const app = catalogue([
    ['get_current_time', 'Current date and time in the user timezone'],
    ['get_user_location', 'Where the user is now'],
  ])

  it('are never reported as kept, and the report names them with the intended names', () => {
    const prefilter = new ToolPrefilter(app, { coreTools: ['get_time', 'get_location'] })
    expect(prefilter.missingCore.map((m) => m.name)).toEqual(['get_time', 'get_location'])
    const names = new Set(app.map((t) => t.name))
    const cases = parseCases(
      JSON.stringify({ message: 'what time is it', expected: ['get_current_time'] }),
      'cases.jsonl',
      names,
    )
    const report = benchmarkReport(runBenchmark(prefilter, cases), prefilter, GATES, {
      tools: 'tools.json',
      cases: 'cases.jsonl',
    })
    expect(report.data!.coreKept).toBe(0)
    expect(report.ok).toBe(false)
    const missing = report.findings.filter((f) => f.rule === 'prefilter-core-missing')
    expect(missing.map((f) => f.message)).toEqual([
      expect.stringContaining('get_time (did you mean get_current_time?)'),
      expect.stringContaining('get_location (did you mean get_user_location?)'),
    ])
  })

  it('suggests names that share the noun or are a few edits away', () => {
    expect(closestNames('get_loaction', ['get_location', 'list_trips'])).toEqual(['get_location'])
    expect(closestNames('get_weather', ['list_trips', 'book_campsite'])).toEqual([])
  })
})

describe('stop words that name a tool', () => {
  it('keep their meaning: "like" finds like_post', () => {
    const app = catalogue([
      ['like_post', 'React to a post in the community feed with a heart'],
      ['create_post', 'Write a new post in the community feed'],
    ])
    const result = new ToolPrefilter(app).filter('I like that one')
    expect(result.fallback).toBe(false)
    expect(result.tools[0]!.name).toBe('like_post')
  })
})

describe('companions derived from names', () => {
  const own: Array<[string, string]> = [
    ['create_calendar_event', 'Add an event to the calendar'],
    ['update_calendar_event', 'Change the time or title of a calendar event'],
    ['delete_calendar_event', 'Remove an event from the calendar'],
    ['get_calendar_events', 'Events of a day'],
  ]

  it('group tools that act on the same noun with other verbs', () => {
    const names = own.map(([n]) => n).concat('list_trips')
    expect(derivedCompanions(names).get(0)).toEqual([1, 2, 3])
    expect(derivedCompanions(names).has(4)).toBe(false)
  })

  it('bring update_X on a follow-up after create_X', () => {
    const app = catalogue(own)
    const result = new ToolPrefilter(app).filter('actually make it 4pm', {
      recentTools: ['create_calendar_event'],
    })
    const byName = new Map(result.tools.map((t) => [t.name, t.reasons]))
    expect(byName.get('create_calendar_event')).toContain('recent')
    expect(byName.get('update_calendar_event')).toContain('companion')
  })

  it('yield to companions listed in config', () => {
    const app = catalogue(own)
    const result = new ToolPrefilter(app, {
      companions: { create_calendar_event: ['get_calendar_events'] },
    }).filter('actually make it 4pm', { recentTools: ['create_calendar_event'] })
    const names = result.tools.map((t) => t.name)
    expect(names).toContain('get_calendar_events')
    expect(names).not.toContain('delete_calendar_event')
  })
})

describe('gates that fit the catalogue', () => {
  const app = catalogue([['get_time', 'The current date and time '.repeat(40)]])
  const registry = JSON.stringify(app.map((t) => t.definition))
  const cases = JSON.stringify({ message: 'what time is it', expected: ['get_time'] })

  it('report the attainable reduction and the reduction on the non-core part', () => {
    const config = prefilterSchema.parse({ 'core-tools': ['get_time'], 'min-token-reduction': 0.5 })
    const { report, prefilter } = benchmarkSources(
      { text: registry, name: 'tools.json' },
      { text: cases, name: 'cases.jsonl' },
      config,
    )
    const share = prefilter.coreShare
    expect(share.attainableReduction).toBeGreaterThan(0.5)
    expect(share.attainableReduction).toBeLessThan(0.99)
    expect(report.data!.attainableReduction).toBeCloseTo(share.attainableReduction, 3)
    const reduction = report.data!.tokenReduction as { mean: number }
    expect(report.data!.nonCoreReduction as number).toBeGreaterThan(reduction.mean)
  })

  it('make a gate above the attainable reduction a configuration error with a number that can pass', () => {
    const config = prefilterSchema.parse({ 'core-tools': ['get_time'], 'min-token-reduction': 0.995 })
    let error: unknown
    try {
      benchmarkSources({ text: registry, name: 'tools.json' }, { text: cases, name: 'cases.jsonl' }, config)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    const message = (error as Error).message
    expect(message).toMatch(/no filter that sends them can save more than \d+\.\d%/)
    const suggested = Number(/Set min-token-reduction to ([\d.]+)/.exec(message)![1])
    const fits = prefilterSchema.parse({ 'core-tools': ['get_time'], 'min-token-reduction': suggested })
    expect(() =>
      benchmarkSources({ text: registry, name: 'tools.json' }, { text: cases, name: 'cases.jsonl' }, fits),
    ).not.toThrow()
  })
})
