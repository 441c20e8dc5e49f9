/**
 * A local Sentry API for tests that validates all traffic against Sentry's OpenAPI description
 * and keeps what `@sentry/node` sends to its DSN. Start one per test (or per file), arrange
 * state, point the client at `sentry.url` (the SDK at `sentry.dsn()`), and end with
 * `sentry.assertNoViolations()`.
 */
export {
  startSentryServer,
  SentryServer,
  FAKE_SENTRY_TOKEN,
  type SentryServerOptions,
  type SentryRequestLogEntry,
} from './server.js'
export {
  SentryState,
  type NewSentryIssue,
  type IssueRecord,
  type ReleaseRecord,
  type DeployRecord,
  type SeriesRule,
  type SeriesPoint,
} from './state.js'
export { parseEnvelope, type Envelope, type EnvelopeItem } from './envelope.js'
export { SENTRY_SPEC_PATH } from './spec-path.js'
export type { FaultRule, RequestPattern, TamperRule } from '../github-server/faults.js'
