import { ConfigurationError } from '../errors.js';
import { type ConfigProblem } from './errors.js';
import { type LaunchgateConfig } from './schema.js';
export interface LoadedConfig {
    config: LaunchgateConfig;
    /** The file read, relative to the root; undefined when no file exists and defaults apply. */
    file?: string;
}
/** Thrown for a bad config file; carries every problem, the first one as its position. */
export declare class ConfigFileError extends ConfigurationError {
    readonly name: string;
    readonly problems: ConfigProblem[];
    constructor(problems: ConfigProblem[]);
}
/**
 * Parses and validates config text. `file` is only used in messages.
 * @throws ConfigFileError naming file, line, column, key and expectation.
 */
export declare function parseConfig(text: string, file: string): LaunchgateConfig;
/**
 * Reads the config of a repository. With no explicit path, a missing default file means defaults;
 * an explicit path that does not exist is a configuration error.
 */
export declare function loadConfig(options: {
    root: string;
    configPath?: string;
}): Promise<LoadedConfig>;
