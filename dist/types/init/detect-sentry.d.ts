export interface SentryFacts {
    /** The file and dependency that show the SDK, e.g. `frontend/package.json (@sentry/react)`. */
    evidence: string;
    org?: string;
    project?: string;
    /** Where the slugs were read. */
    slugsFrom?: string;
}
/** Files whose `org`/`project` are Sentry's; a bundler config counts only when it loads a Sentry plugin. */
export declare const SENTRY_SLUG_FILES: string[];
/** The first dependency that shows a Sentry SDK, as `file (name)`. */
export declare function sentryEvidence(packageDeps: Array<[string, string[]]>, pythonTexts: Array<[string, string]>): string | undefined;
/** Reads the org and project slugs from the candidate files, first match of each. */
export declare function sentrySlugs(root: string, files: string[]): Promise<Pick<SentryFacts, 'org' | 'project' | 'slugsFrom'>>;
