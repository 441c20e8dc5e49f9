/** Quick dev-split sweep used while tuning; not part of the published run. */
import { decodeTable, type TableModule } from '../../src/prefilter/word-vectors.js'
import { requireDatasets } from '../datasets.js'
import { evaluate } from './evaluate.js'
import { loadBfcl, loadMetaTool, loadSealTools, type BenchSet } from './loaders.js'

const root = requireDatasets(['bfcl-v4', 'seal-tools', 'metatool'])
const only = process.env.TUNE_SETS?.split(',')
const sets: BenchSet[] = [loadBfcl(root), loadSealTools(root), loadMetaTool(root)].filter(
  (s) => !only || only.includes(s.name),
)
const grid = JSON.parse(process.argv[2] ?? '[{}]') as object[]
// TUNE_VECTORS=<generated table module> tries another table than the built-in one.
const vectors = process.env.TUNE_VECTORS
  ? decodeTable((await import(process.env.TUNE_VECTORS)) as TableModule)
  : undefined
const sizes = (process.env.TUNE_SIZES ?? '100,200,full')
  .split(',')
  .map((s) => (s === 'full' ? undefined : Number(s)))
for (const options of grid) {
  const rows: string[] = []
  for (const set of sets) {
    for (const size of sizes) {
      const t = Date.now()
      const f = evaluate(set, {
        size,
        split: 'dev',
        prefilter: { serialisation: 'json', ...(vectors ? { vectors } : {}), ...options },
        baselineK: 10,
        seed: 42,
        maxCases: Number(process.env.TUNE_MAX ?? 400),
      })
      rows.push(
        `${set.name}@${f.size}: ours c=${f.ours.completeness} r=${f.ours.tokenReduction.mean} k=${f.ours.keptTools.mean} | base c=${f.baseline.completeness} r=${f.baseline.tokenReduction.mean} (${Date.now() - t}ms)`,
      )
    }
  }
  console.log(JSON.stringify(options))
  console.log(rows.join('\n'))
}
