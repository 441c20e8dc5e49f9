/**
 * The hard signals of the plan: the health endpoint and its checks (the database) failing in
 * repeated probes, and a critical security alert opened since the deploy. They act on one
 * confirmed run, with no waiting for a second bucket: a dead database is not noise.
 */
import { type HealthProbe, type SecurityAlert, type SourceFailure } from './samples.js';
import type { Thresholds } from './thresholds.js';
import type { SignalVerdict } from './verdict.js';
/** Whether a burst of probes that went unanswered needs a second burst before it can fail the run. */
export declare function awaitsSecondBurst(series: ReadonlyArray<HealthProbe | SourceFailure>, required: number): boolean;
/** The health endpoint answering at all and answering healthy. */
export declare function healthVerdict(series: ReadonlyArray<HealthProbe | SourceFailure>, t: Pick<Thresholds, 'healthProbes'>): SignalVerdict;
/** The names of the checks any probe reported, e.g. `database`, in first-seen order. */
export declare function checkNames(series: ReadonlyArray<HealthProbe | SourceFailure>): string[];
/**
 * One named check of the health endpoint, e.g. the database. A probe that did not report the
 * check (the endpoint was down) tells nothing about it and is skipped; `warn` is not a failure.
 */
export declare function checkVerdict(name: string, series: ReadonlyArray<HealthProbe | SourceFailure>, t: Thresholds): SignalVerdict;
/** A critical Dependabot or code scanning alert opened since the deploy: one is enough. */
export declare function securityVerdict(series: ReadonlyArray<SecurityAlert | SourceFailure>): SignalVerdict;
