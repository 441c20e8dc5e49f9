/**
 * template-injection: `${{ }}` expanded into code before the code runs. Code runs in `run:` (in
 * workflows and composite actions) and in the inputs of actions that evaluate them as scripts
 * (github-script's `script:`, ssh-action's `script:`, yq's `cmd:`...). One finding per context that
 * an attacker may control, at the context's own line and column; an expression with nothing
 * dangerous in it is still a pedantic code smell, as in zizmor.
 */
import type { Node } from 'yaml';
import { type Step } from '../document.js';
/** The code-running scalars of a step with a name for the message. */
export declare function codeSites(step: Step): Array<{
    node: Node;
    where: string;
}>;
export declare const templateInjection: import("../finding.js").Rule;
