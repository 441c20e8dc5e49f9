/**
 * Dependency review: versions a change adds or upgrades in a lockfile or manifest, checked against
 * OSV. A version with advisories is a finding at the advisory's severity (GitHub's rating when
 * OSV carries it). When OSV cannot be reached the review says so with a finding on the lockfile:
 * a check that did not run is never a silent pass. Anchor: actions/dependency-review-action.
 */
import type { Analyzer } from '../analyzer.js';
export declare const dependenciesAnalyzer: Analyzer;
