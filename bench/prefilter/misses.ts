/** Dev-split misses of one set at one size, printed for diagnosis (not part of the published run). */
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import { requireDatasets } from '../datasets.js'
import { catalogueFor } from './catalogue.js'
import { casesOf } from './evaluate.js'
import { loadBfcl, loadMetaTool, loadSealTools } from './loaders.js'

const root = requireDatasets(['bfcl-v4', 'seal-tools', 'metatool'])
const name = process.env.SET ?? 'MetaTool'
const set = [loadBfcl(root), loadSealTools(root), loadMetaTool(root)].find((s) => s.name === name)!
const size = Number(process.env.SIZE ?? 100)
const byName = new Map(set.pool.map((t) => [t.name, t]))
let miss = 0
const cases = casesOf(set, 'dev', Number(process.env.MAX ?? 400))
for (const c of cases) {
  const catalogue = catalogueFor(set.pool, byName, c, size, 42)
  const p = new ToolPrefilter(catalogue, { serialisation: 'json' })
  const r = p.filter(c.message)
  const kept = new Set(r.tools.map((t) => t.name))
  const lost = c.expected.filter((e) => !kept.has(e))
  if (lost.length === 0) continue
  miss++
  const ranked = p.rank(c.message).map((i) => catalogue[i]!.name)
  console.log(`\n${c.message}`)
  for (const l of lost)
    console.log(`  LOST ${l} (rank ${ranked.indexOf(l)}): ${byName.get(l)!.description.slice(0, 160)}`)
  console.log(`  kept: ${[...kept].join(', ')}`)
}
console.log(`\n${miss} misses of ${cases.length}`)
