/**
 * The `config` capability: validate `.github/launchgate.yml` and describe what each section will
 * do. Pure: builds a report from a loaded config or from the problems that stopped it loading.
 */
import type { Finding, Report } from '../report/types.js';
import type { ConfigProblem } from './errors.js';
import type { LoadedConfig } from './load.js';
/**
 * Report for a config that loaded: one row per capability with its key settings (the registry's
 * `describe`), and the findings of the capabilities' checks against the repository; a HIGH one
 * makes the config not valid.
 */
export declare function describeConfig(loaded: LoadedConfig, checked?: Finding[]): Report;
/** Runs every capability's check of the config against the repository, in the registry's order. */
export declare function checkConfig(loaded: LoadedConfig, root: string): Promise<Finding[]>;
/** Report for a config that failed to load: one finding per problem, at its line and column. */
export declare function describeConfigProblems(problems: ConfigProblem[]): Report;
