/**
 * actionlint's diagnostics as audit findings. A broken workflow (syntax, jobs, needs, events) is a
 * blocking HIGH; type and style problems are MEDIUM. Its "potentially untrusted" expression check
 * and its container credentials check are dropped: template-injection and
 * hardcoded-container-credentials report the same problems with their fix.
 */
import type { ActionlintResult } from './actionlint.js';
import type { AuditFinding } from './finding.js';
export declare function actionlintFindings(file: string, result: ActionlintResult): AuditFinding[];
