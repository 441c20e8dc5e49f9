/**
 * Taint from request to sink in the changed JavaScript, TypeScript and Python files (see
 * ../taint/): SQL, NoSQL, command, code, deserialization, file paths, SSRF, redirects, HTML and
 * XML sinks. Each finding names the source, the variables on the way and the sink; values whose
 * origin is unknown are reported below CRITICAL, or not at all where that would cry wolf.
 */
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { filesMatching, isScript, PYTHON_FILE, SCRIPT_FILE } from '../analyzer.js'
import type { FindingCandidate } from '../findings.js'
import { hitToCandidate, type SinkHit } from '../taint/hits.js'
import { jsRuleHits } from '../taint/js-rules.js'
import { jsTaintHits } from '../taint/js-taint.js'
import { pyRuleHits } from '../taint/py-rules.js'
import { pyTaintHits } from '../taint/py-taint.js'
import { loadPythonParser } from '../wasm-tools.js'
import { parseScript } from './ast.js'

/**
 * The findings of a file's hits. A flow wrapped in two sinks (`db.execute(text(sql))`) is one
 * finding: hits of one rule from one source that end on the same line are merged.
 */
function candidates(path: string, hits: readonly SinkHit[]): FindingCandidate[] {
  const kept: Array<{ hit: SinkHit; found: FindingCandidate }> = []
  for (const hit of hits) {
    const found = hitToCandidate(path, hit)
    if (!found) continue
    const same = kept.some(
      (k) =>
        k.found.rule === found.rule &&
        k.found.endLine === found.endLine &&
        (k.found.line === found.line ||
          (k.hit.taint !== 'dynamic' &&
            hit.taint !== 'dynamic' &&
            k.hit.taint.source === hit.taint.source &&
            k.hit.taint.line === hit.taint.line)),
    )
    if (!same) kept.push({ hit, found })
  }
  return kept.map((k) => k.found)
}

/** The taint findings of one JavaScript or TypeScript file; none when it does not parse. */
export function findScriptTaint(path: string, text: string): FindingCandidate[] {
  const program = parseScript(path, text)
  return program ? [...candidates(path, jsTaintHits(program, text)), ...jsRuleHits(path, program, text)] : []
}

/** The taint findings of one Python file, and a notice when it has syntax errors. */
export async function findPythonTaint(
  path: string,
  text: string,
): Promise<{ findings: FindingCandidate[]; notice?: string }> {
  const parse = await loadPythonParser()
  const tree = parse(text)
  if (!tree) return { findings: [], notice: `taint: ${path} could not be parsed as Python` }
  const findings = [...candidates(path, pyTaintHits(tree.rootNode)), ...pyRuleHits(path, tree.rootNode)]
  const notice = tree.rootNode.hasError
    ? `taint: ${path} has Python syntax errors; the parts that parse were checked`
    : undefined
  tree.delete()
  return { findings, ...(notice ? { notice } : {}) }
}

export const taintAnalyzer: Analyzer = {
  name: 'taint',
  agents: ['security-auditor', 'database-architect', 'react-frontend-specialist'],
  async analyze({ change }): Promise<AnalyzerResult> {
    const result: AnalyzerResult = { findings: [], notices: [] }
    for (const file of filesMatching(change, SCRIPT_FILE).filter((f) => isScript(f.path)))
      result.findings.push(...findScriptTaint(file.path, file.content))
    for (const file of filesMatching(change, PYTHON_FILE)) {
      const { findings, notice } = await findPythonTaint(file.path, file.content)
      result.findings.push(...findings)
      if (notice) result.notices.push(notice)
    }
    return result
  },
}
