/**
 * The Sentry side of a deploy: the release (named by the deployed sha, with the commit as its
 * ref) and a deploy marker once it is live. Recording, not gating: a Sentry failure is a warning.
 */
import type { SentryConfig } from '../config/sections/deploy.js';
import type { SentryConnect } from '../sentry/client.js';
export interface SentryReleaseInput {
    sha: string;
    environment: string;
    /** The environment URL, shown on the marker. */
    url?: string;
    /** The deploy's name on the marker, e.g. `launchgate run 42`. */
    name?: string;
}
/** What Sentry recorded, or why it did not. */
export interface SentryRecord {
    release?: string;
    deploy?: boolean;
    warning?: string;
}
/** Creates the release and its deploy marker; never throws. */
export declare function recordSentryRelease(config: SentryConfig, input: SentryReleaseInput, connect: SentryConnect, token: string | undefined): Promise<SentryRecord>;
