import type { Rule } from '../finding.js';
export declare const launchgateRef: Rule;
