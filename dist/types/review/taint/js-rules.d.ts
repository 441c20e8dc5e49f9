/**
 * JavaScript and TypeScript rules that need no taint, the ones real reviews catch: TLS
 * verification off, MD5/SHA-1 on passwords or tokens, JWTs with the `none` algorithm, hard-coded
 * session and JWT secrets, CORS that reflects any origin with credentials, and session cookies
 * readable from scripts. HIGH at most: no request data is involved.
 */
import { type AstNode } from '../analyzers/ast.js';
import type { FindingCandidate } from '../findings.js';
/** The rule hits of one parsed file. */
export declare function jsRuleHits(file: string, program: AstNode, text: string): FindingCandidate[];
