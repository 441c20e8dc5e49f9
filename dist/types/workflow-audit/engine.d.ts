import type { AuditFinding, RuleSettings } from './finding.js';
/** Audits one workflow or action.yml; a file that is not valid YAML is one finding at its error. */
export declare function auditDocument(file: string, text: string, settings?: RuleSettings): AuditFinding[];
