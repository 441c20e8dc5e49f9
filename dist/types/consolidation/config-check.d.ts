/** The consolidation section checked against the repository: each concern's canonical file exists. */
import type { LoadedConfig } from '../config/load.js';
import type { Finding } from '../report/types.js';
/** One HIGH finding per concern whose canonical implementation is not in the repository. */
export declare function checkConsolidationConfig(loaded: LoadedConfig, root: string): Promise<Finding[]>;
