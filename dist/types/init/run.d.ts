import type { Report } from '../report/types.js';
import { type RepoFacts } from './detect.js';
import { type Pin } from './render.js';
export interface InitOptions {
    root: string;
    pin: Pin;
    force?: boolean;
    dryRun?: boolean;
}
/** Writes the config, workflows and .gitignore line; the report lists each file as written, kept or planned. */
export declare function runInit(options: InitOptions): Promise<{
    report: Report;
    facts: RepoFacts;
}>;
