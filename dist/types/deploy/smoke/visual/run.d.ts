import type { VisualConfig } from '../../../config/sections/deploy-visual.js';
import { type BrowserPool } from '../browser/run.js';
/** One page's comparison. */
export interface VisualResult {
    name: string;
    path: string;
    /** Within the threshold (or not run and so not judged: see `notRun`). */
    ok: boolean;
    notRun?: boolean;
    /** Share of differing pixels, 0..1, when both screenshots were taken. */
    share?: number;
    before?: string;
    after?: string;
    diff?: string;
    detail: string;
}
export interface VisualRun {
    baselineUrl: string;
    url: string;
    browsers: BrowserPool;
    artifactsDir: string;
}
/** Compares every configured page, one after the other (two page loads each). */
export declare function runVisualComparison(visual: VisualConfig, run: VisualRun): Promise<VisualResult[]>;
