/** Quick dev-split sweep used while tuning; not part of the published run. */
import { requireDatasets } from '../datasets.js'
import { evaluate } from './evaluate.js'
import { loadBfcl, loadMetaTool, loadSealTools, type BenchSet } from './loaders.js'

const root = requireDatasets(['bfcl-v4', 'seal-tools', 'metatool'])
const sets: BenchSet[] = [loadBfcl(root), loadSealTools(root), loadMetaTool(root)]
const grid = JSON.parse(process.argv[2] ?? '[{}]') as object[]
for (const set of sets)
  console.log(set.name, set.pool.length, set.cases.length, set.cases.filter((c) => c.split === 'dev').length)
for (const options of grid) {
  const rows: string[] = []
  for (const set of sets) {
    for (const size of [100, 200, undefined]) {
      const t = Date.now()
      const f = evaluate(set, {
        size,
        split: 'dev',
        prefilter: { serialisation: 'json', ...options },
        baselineK: 10,
        seed: 42,
        maxCases: 400,
      })
      rows.push(
        `${set.name}@${f.size}: ours c=${f.ours.completeness} r=${f.ours.tokenReduction.mean} k=${f.ours.keptTools.mean} | base c=${f.baseline.completeness} r=${f.baseline.tokenReduction.mean} (${Date.now() - t}ms)`,
      )
    }
  }
  console.log(JSON.stringify(options))
  console.log(rows.join('\n'))
}
