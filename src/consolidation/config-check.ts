/** The consolidation section checked against the repository: each concern's canonical file exists. */
import type { LoadedConfig } from '../config/load.js'
import type { Finding } from '../report/types.js'
import { findMissingCanonicals } from './canonicals.js'
import { missingCanonicalMessage } from './concerns.js'

/** One HIGH finding per concern whose canonical implementation is not in the repository. */
export async function checkConsolidationConfig(loaded: LoadedConfig, root: string): Promise<Finding[]> {
  const missing = await findMissingCanonicals(root, loaded.config.consolidation.concerns)
  return missing.map((m) => ({
    rule: 'missing-canonical',
    severity: 'HIGH',
    message: missingCanonicalMessage(m),
    ...(loaded.file ? { file: loaded.file } : {}),
    properties: { key: `consolidation.concerns.${m.index}.canonical` },
  }))
}
