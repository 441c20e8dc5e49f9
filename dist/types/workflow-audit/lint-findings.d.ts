/**
 * actionlint's diagnostics as audit findings, MEDIUM: they warn and do not block by default, since
 * actionlint's view of GitHub lags GitHub itself (a valid newer feature must not fail the gate) and
 * a workflow that is really broken fails on GitHub anyway. `--fail-on medium` makes them block. Its "potentially untrusted" expression check
 * and its container credentials check are dropped: template-injection and
 * hardcoded-container-credentials report the same problems with their fix.
 */
import type { ActionlintResult } from './actionlint.js';
import type { AuditFinding } from './finding.js';
export declare function actionlintFindings(file: string, result: ActionlintResult): AuditFinding[];
