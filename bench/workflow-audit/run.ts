/**
 * Workflow-audit benchmark over real public workflows (bench/workflow-audit/sources.ts): the time
 * of a full `launchgate audit` (rule engine + actionlint) of N files taken round-robin across the
 * repositories (default 100; goal under 20 s), and the findings per audit and persona.
 *
 *   LAUNCHGATE_DATASETS=/path/to/datasets npx tsx bench/workflow-audit/run.ts [count]
 */
import path from 'node:path'
import { glob } from 'tinyglobby'
import { datasetsRoot } from '../datasets.js'
import { auditWorkflows } from '../../src/workflow-audit/run.js'
import { SOURCES } from './sources.js'

const count = Number(process.argv[2] ?? 100)
const root = path.join(datasetsRoot(), 'workflows')
const perRepo = await Promise.all(
  SOURCES.map(async (s) =>
    (
      await glob(['.github/workflows/*.{yml,yaml}', '**/action.{yml,yaml}'], {
        cwd: path.join(root, s.repository.replace('/', '+')),
        dot: true,
      })
    )
      .sort()
      .map((f) => `${s.repository.replace('/', '+')}/${f}`),
  ),
)
const files: string[] = []
for (let i = 0; files.length < count && perRepo.some((l) => l.length > i); i++)
  for (const list of perRepo) if (list[i] && files.length < count) files.push(list[i]!)

const started = performance.now()
const report = await auditWorkflows(root, files, { persona: 'auditor' })
const seconds = (performance.now() - started) / 1000

const counts = new Map<string, Record<string, number>>()
for (const f of report.findings) {
  const rule = f.rule.startsWith('actionlint/') ? 'actionlint' : f.rule
  const row = counts.get(rule) ?? { regular: 0, pedantic: 0, auditor: 0, blocking: 0, files: 0 }
  row[String(f.properties?.persona)]! += 1
  if (f.severity === 'HIGH' || f.severity === 'CRITICAL') row.blocking! += 1
  counts.set(rule, row)
}
for (const [rule, row] of counts)
  row.files = new Set(
    report.findings
      .filter((f) => (f.rule.startsWith('actionlint/') ? 'actionlint' : f.rule) === rule)
      .map((f) => f.file),
  ).size
const crashes = report.findings.filter((f) => f.rule === 'actionlint-crash').length
console.log(
  `${files.length} files from ${perRepo.filter((l) => l.length).length} repositories in ${seconds.toFixed(2)} s (actionlint: ${String(report.data?.actionlint)}, crashes: ${crashes})`,
)
console.log('| audit | regular | pedantic | auditor | blocking (HIGH+) | files |')
console.log('|---|---|---|---|---|---|')
for (const [rule, r] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`| ${rule} | ${r.regular} | ${r.pedantic} | ${r.auditor} | ${r.blocking} | ${r.files} |`)
