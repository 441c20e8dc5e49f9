/** Latency alone (the part of run.ts that a loaded heap or machine skews most); not the published run. */
import { requireDatasets } from '../datasets.js'
import { casesOf } from './evaluate.js'
import { measureLatency } from './latency.js'
import { loadSealTools } from './loaders.js'

const seal = loadSealTools(requireDatasets(['seal-tools']))
const cases = casesOf(seal, 'test', 500)
for (const size of [100, 1000]) console.log(JSON.stringify(measureLatency(seal, cases, size, 42)))
