/**
 * Which ESLint rules run, for which agent, at which severity. Picked for precision: rules whose
 * hits are nearly always real problems (a PR gate cannot cry wolf); style is Prettier's job.
 */
import type { ReviewAgent, ReviewSeverity } from '../findings.js'

/** An ESLint rule as a review rule. */
export interface EslintRuleSpec {
  agents: readonly ReviewAgent[]
  severity: ReviewSeverity
  title: string
  /** Rule options after the level, when the rule needs them. */
  options?: unknown[]
  /** Only for files that may contain JSX (react rules). */
  jsxOnly?: boolean
}

const CODE: readonly ReviewAgent[] = ['code-reviewer']
const SECURITY: readonly ReviewAgent[] = ['security-auditor', 'code-reviewer']
const REACT: readonly ReviewAgent[] = ['react-frontend-specialist']

const code = (severity: ReviewSeverity, title: string): EslintRuleSpec => ({ agents: CODE, severity, title })
const security = (severity: ReviewSeverity, title: string): EslintRuleSpec => ({
  agents: SECURITY,
  severity,
  title,
})
const a11y = (title: string, severity: ReviewSeverity = 'MEDIUM'): EslintRuleSpec => ({
  agents: REACT,
  severity,
  title,
  jsxOnly: true,
})

export const ESLINT_RULES: Record<string, EslintRuleSpec> = {
  // code-reviewer: correctness bugs.
  'no-debugger': code('MEDIUM', 'debugger statement left in'),
  'no-dupe-keys': code('HIGH', 'Duplicate object key'),
  'no-dupe-else-if': code('MEDIUM', 'Duplicate else-if condition'),
  'no-duplicate-case': code('HIGH', 'Duplicate case label'),
  'no-self-compare': code('MEDIUM', 'Value compared with itself'),
  'no-self-assign': code('MEDIUM', 'Value assigned to itself'),
  'no-unreachable': code('MEDIUM', 'Unreachable code'),
  'no-unsafe-finally': code('HIGH', 'Control flow in finally overrides the result'),
  'no-unsafe-negation': code('HIGH', 'Negation applied to the left operand only'),
  'no-unsafe-optional-chaining': code('HIGH', 'Optional chain used where undefined throws'),
  'no-cond-assign': code('MEDIUM', 'Assignment in a condition'),
  'no-constant-binary-expression': code('HIGH', 'Expression whose result never changes'),
  'no-async-promise-executor': code('MEDIUM', 'Async Promise executor'),
  'no-compare-neg-zero': code('MEDIUM', 'Comparison with -0'),
  'use-isnan': code('HIGH', 'Comparison with NaN'),
  'valid-typeof': code('HIGH', 'typeof compared with an impossible string'),
  'no-fallthrough': code('MEDIUM', 'Switch case falls through'),
  'no-empty': { ...code('LOW', 'Empty block'), options: [{ allowEmptyCatch: false }] },
  // security-auditor: dangerous APIs.
  'no-eval': security('HIGH', 'eval()'),
  'no-implied-eval': security('HIGH', 'String evaluated as code'),
  'no-new-func': security('HIGH', 'Function constructor'),
  'security/detect-child-process': security('MEDIUM', 'child_process with a run-time command'),
  'security/detect-non-literal-require': security('MEDIUM', 'require() of a run-time path'),
  'security/detect-unsafe-regex': security('MEDIUM', 'Regular expression open to ReDoS'),
  'security/detect-pseudoRandomBytes': security('MEDIUM', 'pseudoRandomBytes for security'),
  'security/detect-new-buffer': security('MEDIUM', 'new Buffer() with a run-time value'),
  'security/detect-buffer-noassert': security('MEDIUM', 'Buffer read without bounds checks'),
  'security/detect-bidi-characters': security('HIGH', 'Bidirectional control characters (trojan source)'),
  'security/detect-disable-mustache-escape': security('HIGH', 'Template escaping disabled'),
  // react-frontend-specialist: hooks and accessibility.
  'react-hooks/rules-of-hooks': {
    agents: REACT,
    severity: 'HIGH',
    title: 'Hook called conditionally or outside a component',
  },
  'react-hooks/exhaustive-deps': { agents: REACT, severity: 'MEDIUM', title: 'Hook dependencies incomplete' },
  'jsx-a11y/alt-text': a11y('Image without alternative text'),
  'jsx-a11y/anchor-has-content': a11y('Link without content'),
  'jsx-a11y/anchor-is-valid': a11y('Link without a valid href', 'LOW'),
  'jsx-a11y/aria-props': a11y('Unknown aria-* attribute'),
  'jsx-a11y/aria-proptypes': a11y('Invalid aria-* value'),
  'jsx-a11y/aria-role': a11y('Unknown ARIA role'),
  'jsx-a11y/aria-unsupported-elements': a11y('ARIA on an element that cannot have it'),
  'jsx-a11y/click-events-have-key-events': a11y('Click handler without a keyboard equivalent'),
  'jsx-a11y/heading-has-content': a11y('Empty heading'),
  'jsx-a11y/html-has-lang': a11y('<html> without lang'),
  'jsx-a11y/iframe-has-title': a11y('<iframe> without title'),
  'jsx-a11y/img-redundant-alt': a11y('Redundant alt text', 'LOW'),
  'jsx-a11y/interactive-supports-focus': a11y('Interactive element not focusable'),
  'jsx-a11y/label-has-associated-control': a11y('Label without a control'),
  'jsx-a11y/media-has-caption': a11y('Media without captions', 'LOW'),
  'jsx-a11y/mouse-events-have-key-events': a11y('Mouse handler without a keyboard equivalent'),
  'jsx-a11y/no-access-key': a11y('accessKey attribute', 'LOW'),
  'jsx-a11y/no-autofocus': a11y('autoFocus', 'LOW'),
  'jsx-a11y/no-distracting-elements': a11y('<marquee> or <blink>'),
  'jsx-a11y/no-noninteractive-element-interactions': a11y('Handler on a non-interactive element'),
  'jsx-a11y/no-noninteractive-tabindex': a11y('tabIndex on a non-interactive element', 'LOW'),
  'jsx-a11y/no-redundant-roles': a11y('Redundant role', 'LOW'),
  'jsx-a11y/no-static-element-interactions': a11y('Handler on a static element'),
  'jsx-a11y/role-has-required-aria-props': a11y('Role without its required aria-* attributes'),
  'jsx-a11y/role-supports-aria-props': a11y('aria-* attribute the role does not support'),
  'jsx-a11y/scope': a11y('scope outside <th>', 'LOW'),
  'jsx-a11y/tabindex-no-positive': a11y('Positive tabIndex', 'LOW'),
}
