import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { benchmarkReport, runBenchmark } from '../../src/prefilter/bench.js'
import { CasesFileError, parseCases } from '../../src/prefilter/cases.js'
import { compareBenchmarks } from '../../src/prefilter/compare.js'
import type { BenchmarkFigures } from '../../src/prefilter/metrics.js'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import { parseToolFile } from '../../src/prefilter/tool-file.js'
import { EXAMPLE, mcpTool } from './helpers.js'

const GATES = { minTokenReduction: 0.8, minCompleteness: 0.98 }

/** The GitHub MCP server's real tools as one MCP tools/list document. */
function githubTools() {
  const names = [
    'list_issues',
    'issue_write',
    'get_file_contents',
    'create_pull_request',
    'merge_pull_request',
    'get_me',
  ]
  const list = names.map(mcpTool)
  return parseToolFile(JSON.stringify({ tools: list }), 'tools.json')
}

describe('prefilter benchmark', () => {
  it('passes its gates on the example registry and names tokenizer and serialisation', () => {
    const tools = parseToolFile(readFileSync(path.join(EXAMPLE, 'registry.json'), 'utf8'), 'registry.json')
    const names = new Set(tools.map((t) => t.name))
    const cases = parseCases(readFileSync(path.join(EXAMPLE, 'cases.jsonl'), 'utf8'), 'cases.jsonl', names)
    const prefilter = new ToolPrefilter(tools, { coreTools: ['get_time', 'get_location'] })
    const report = benchmarkReport(runBenchmark(prefilter, cases), prefilter, GATES, {
      tools: 'r',
      cases: 'c',
    })
    expect(report.data).toMatchObject({
      cases: cases.length,
      coreKept: 1,
      tokenizer: 'o200k_base (gpt-tokenizer)',
    })
    expect(String(report.data!.serialisation)).toContain('OpenAI')
    expect((report.data!.tokenReduction as { mean: number }).mean).toBeGreaterThanOrEqual(0.8)
    expect(report.data!.completeness as number).toBeGreaterThan(0.9)
  })

  it('fails the gate and points at the lines of cases that lost a tool', () => {
    const tools = githubTools()
    const cases = parseCases(
      [
        JSON.stringify({ message: 'merge pull request 42', expected: ['merge_pull_request'] }),
        '',
        JSON.stringify({ message: 'who am I logged in as', expected: ['create_pull_request'] }),
      ].join('\n'),
      'cases.jsonl',
      new Set(tools.map((t) => t.name)),
    )
    const prefilter = new ToolPrefilter(tools)
    const report = benchmarkReport(runBenchmark(prefilter, cases), prefilter, GATES, {
      tools: 't',
      cases: 'cases.jsonl',
    })
    expect(report.ok).toBe(false)
    expect(report.findings.map((f) => f.rule)).toContain('prefilter-token-reduction')
    expect(cases.map((c) => c.line)).toEqual([1, 3])
  })

  it('rejects a case whose expected tool is not in the catalogue, naming its line', () => {
    const text = [
      '{"message": "hi", "expected": []}',
      '{"message": "x", "expected": ["nope"]}',
      'not json',
    ].join('\n')
    let error: unknown
    try {
      parseCases(text, 'cases.jsonl', new Set(['get_me']))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CasesFileError)
    const problems = (error as CasesFileError).problems
    expect(problems.map((p) => p.line)).toEqual([2, 3])
    expect((error as Error).message).toMatch(
      /^cases\.jsonl:2: expected tool nope is not in the tool catalogue/,
    )
  })
})

describe('compareBenchmarks', () => {
  const figures = (completeness: number, reduction: number): BenchmarkFigures => ({
    cases: 10,
    completeness,
    reachable: completeness,
    toolRecall: completeness,
    tokenReduction: { mean: reduction, p10: reduction - 0.05 },
    attainableReduction: 0.95,
    nonCoreReduction: reduction,
    coreKept: 1,
    latencyMs: { p50: 0.1, p99: 0.5 },
    tokensPerRequest: { before: 3000, after: Math.round(3000 * (1 - reduction)) },
    keptTools: { mean: 5 },
  })

  it('passes when head holds completeness and reduction, and draws the table', () => {
    const report = compareBenchmarks(figures(0.98, 0.87), figures(0.99, 0.875))
    expect(report.ok).toBe(true)
    expect(report.sections![0]!.table!.rows[2]).toEqual([
      'token reduction (mean)',
      '87.0%',
      '87.5%',
      '+0.5 pt',
    ])
  })

  it('fails on a completeness drop or a reduction drop beyond tolerance', () => {
    const worse = compareBenchmarks(figures(0.99, 0.87), figures(0.97, 0.85))
    expect(worse.ok).toBe(false)
    expect(worse.findings.map((f) => f.rule)).toEqual([
      'prefilter-completeness-regression',
      'prefilter-token-regression',
    ])
    expect(compareBenchmarks(undefined, figures(0.9, 0.8)).ok).toBe(true)
  })
})
