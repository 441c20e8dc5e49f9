/**
 * The review's settings for one run: `review` of the config file with the action's inputs on top
 * (inputs override the file; empty inputs mean "as configured"). Pure; a bad input is a
 * ConfigurationError naming the input.
 */
import { type ReviewLlmConfig } from '../config/sections/review.js';
import type { LaunchgateConfig } from '../config/schema.js';
import type { ReviewAgent } from './findings.js';
import { type ProviderName } from './provider.js';
/** Raw action inputs; '' is "not given". */
export interface ReviewInputs {
    agents?: string;
    provider?: string;
    model?: string;
    baseUrl?: string;
    apiKeyEnv?: string;
    minScore?: string;
}
/** What a run of the review uses. */
export interface ReviewSettings {
    agents: ReviewAgent[];
    provider: ProviderName;
    model?: string;
    llm: ReviewLlmConfig;
    minScore: number;
    /** The variable the provider's key is read from (to mask it), when a provider is set. */
    apiKeyEnv?: string;
}
/** Merges the inputs over the config's `review` section. */
export declare function resolveReviewSettings(config: LaunchgateConfig['review'], inputs: ReviewInputs): ReviewSettings;
