/**
 * The lcov tracefile format (`coverage/lcov.info`, written by Jest, Vitest, c8, nyc, istanbul):
 * per source file (`SF:`), each instrumented line's hit count (`DA:<line>,<hits>`).
 */
import path from 'node:path'

/** Hit counts of instrumented lines per file, paths relative to the repository root. */
export type LcovReport = Map<string, Map<number, number>>

/** Parses a tracefile; `SF:` paths are made relative to `root` with forward slashes. */
export function parseLcov(text: string, root: string): LcovReport {
  const report: LcovReport = new Map()
  let current: Map<number, number> | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line.startsWith('SF:')) {
      const file = line.slice(3)
      const relative = path.isAbsolute(file) ? path.relative(root, file) : path.normalize(file)
      current = new Map()
      report.set(relative.split(path.sep).join('/'), current)
    } else if (line.startsWith('DA:') && current) {
      const [lineNo, hits] = line.slice(3).split(',')
      const n = Number(lineNo)
      if (Number.isInteger(n) && n > 0) current.set(n, Math.max(current.get(n) ?? 0, Number(hits) || 0))
    } else if (line === 'end_of_record') current = undefined
  }
  return report
}
