import type { LoadedConfig } from '../config/load.js';
import type { Finding } from '../report/types.js';
/** Findings of the section against its registry; none when no registry is named or readable. */
export declare function checkPrefilterFile(loaded: LoadedConfig, root: string): Promise<Finding[]>;
