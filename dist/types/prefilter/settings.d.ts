/** The `prefilter` config section as library options and benchmark gates. */
import type { LaunchgateConfig } from '../config/schema.js';
import type { BenchmarkGates } from './bench.js';
import type { PrefilterOptions } from './prefilter.js';
type PrefilterConfig = LaunchgateConfig['prefilter'];
/**
 * Library options from the config section.
 * @param coreOverride `--core a,b` on the command line, replacing the configured core tools
 */
export declare function optionsFromConfig(config: PrefilterConfig, coreOverride?: readonly string[]): PrefilterOptions;
/** Gates from the config section. */
export declare function gatesFromConfig(config: PrefilterConfig): BenchmarkGates;
export {};
