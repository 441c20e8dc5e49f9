/**
 * Small mermaid `xychart-beta` charts of the window, one per soft signal: bars for each judged
 * bucket, a line for the threshold. A reader of a job summary sees the shape of a regression faster
 * than they read a table.
 */
import type { SignalVerdict } from './verdict.js';
/**
 * A mermaid chart of one soft signal, or undefined when it has no judged bucket to draw. Buckets
 * without usable data are left out (mermaid has no gaps), so the x-axis labels show where data was.
 */
export declare function signalChart(verdict: SignalVerdict, deployedAt: number): string | undefined;
/** Every chart of a run as fenced mermaid blocks, ready for a markdown section. */
export declare function windowCharts(signals: readonly SignalVerdict[], deployedAt: number): string | undefined;
