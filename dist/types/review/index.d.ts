/** The review's public API: run it, or its two halves (collect per agent, judge once), and its artifacts. */
export { runReview, collectReview, judgeReview, readWaivers, type ReviewOptions, type ReviewOutcome, type ReviewCollection, } from './run.js';
export { reviewFindingSchema, type ReviewFinding } from './findings.js';
export { mergeArtifacts, readArtifacts, toArtifact, writeArtifact, ARTIFACT_FORMAT, type ReviewArtifact, } from './artifact.js';
export { aggregateReview, type ReviewAggregate, type ReviewAggregateRequest } from './aggregate.js';
