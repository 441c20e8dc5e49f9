/** The `prefilter` config section as library options and benchmark gates. */
import type { LaunchgateConfig } from '../config/schema.js';
import type { BenchmarkGates } from './bench.js';
import { type EmbeddingsProvider } from './embeddings.js';
import type { Associations } from './learn.js';
import type { PrefilterOptions } from './prefilter.js';
export type PrefilterConfig = LaunchgateConfig['prefilter'];
/**
 * Library options from the config section.
 * @param coreOverride `--core a,b` on the command line, replacing the configured core tools
 */
export declare function optionsFromConfig(config: PrefilterConfig, coreOverride?: readonly string[]): PrefilterOptions;
/**
 * Options with what `prefilter learn` found merged in: learned words join the configured aliases;
 * configured companions of a tool win over learned ones (a reviewer's word beats a count).
 */
export declare function withAssociations(options: PrefilterOptions, learned: Associations | undefined): PrefilterOptions;
/** Gates from the config section. */
export declare function gatesFromConfig(config: PrefilterConfig): BenchmarkGates;
/** What {@link embeddingsFromConfig} decided: a provider, or why there is none. */
export interface EmbeddingsSetting {
    provider?: EmbeddingsProvider;
    /** Set when `embeddings` is configured but cannot be used; the caller warns and runs offline. */
    warning?: string;
}
/**
 * The embeddings provider the config section names, with its key read from the environment
 * variable it names. The key never appears in a message; an unset variable is a warning (the
 * filter runs offline), not a crash.
 * @param env the process environment (passed in, so this stays a pure decision)
 */
export declare function embeddingsFromConfig(config: PrefilterConfig, env: Readonly<Record<string, string | undefined>>, log?: {
    warning(message: string): void;
}, http?: {
    retryBaseMs?: number;
}): EmbeddingsSetting;
