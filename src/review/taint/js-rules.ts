/**
 * JavaScript and TypeScript rules that need no taint, the ones real reviews catch: TLS
 * verification off, MD5/SHA-1 on passwords or tokens, JWTs with the `none` algorithm, hard-coded
 * session and JWT secrets, CORS that reflects any origin with credentials, and session cookies
 * readable from scripts. HIGH at most: no request data is involved.
 */
import { isNode, walk, type AstNode } from '../analyzers/ast.js'
import { lineAt } from '../../util/positions.js'
import type { FindingCandidate, ReviewAgent, ReviewSeverity } from '../findings.js'
import { memberChain } from './js-sources.js'

const AGENTS: readonly ReviewAgent[] = ['security-auditor']
const SECRET_USE = /pass(?:word|wd)?|pwd|token|secret|otp|reset/i
const SESSION_COOKIE = /sess|token|auth|jwt|sid/i

/** A property's value in an object literal, by key. */
function prop(object: AstNode | undefined, key: string): AstNode | undefined {
  if (object?.type !== 'ObjectExpression') return undefined
  const found = (object.properties as AstNode[]).find(
    (p) => p.type === 'Property' && isNode(p.key) && (p.key.name ?? p.key.value) === key,
  )
  return isNode(found?.value) ? (found.value as AstNode) : undefined
}

const isLiteral = (node: AstNode | undefined, value: unknown) =>
  node?.type === 'Literal' && node.value === value
const isStringLiteral = (node: AstNode | undefined) =>
  (node?.type === 'Literal' && typeof node.value === 'string' && node.value.length >= 4) ||
  (node?.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0)

/** The rule hits of one parsed file. */
export function jsRuleHits(file: string, program: AstNode, text: string): FindingCandidate[] {
  const out: FindingCandidate[] = []
  const add = (
    node: AstNode,
    rule: string,
    severity: ReviewSeverity,
    title: string,
    message: string,
    fix: string,
  ) =>
    out.push({
      rule,
      agents: AGENTS,
      severity,
      title,
      message,
      file,
      line: lineAt(text, node.start),
      endLine: lineAt(text, node.end),
      confidence: 0.85,
      source: 'launchgate',
      suggestedFix: fix,
    })
  walk(program, (node, ancestors) => {
    if (node.type === 'Property' && isNode(node.key)) {
      const key = node.key.name ?? node.key.value
      if ((key === 'rejectUnauthorized' || key === 'strictSSL') && isLiteral(node.value as AstNode, false))
        add(
          node,
          'tls-verification-off',
          'HIGH',
          'TLS certificate verification off',
          `${String(key)}: false accepts any certificate: a man in the middle reads and changes the traffic`,
          'remove the option; trust a private CA with `ca` instead',
        )
      if (key === 'algorithms' && /['"]none['"]/i.test(text.slice(node.start, node.end)))
        add(
          node,
          'jwt-not-verified',
          'HIGH',
          "JWT 'none' algorithm accepted",
          "the 'none' algorithm accepts unsigned tokens: anyone can forge one",
          'list only the algorithms you sign with (e.g. HS256 or RS256)',
        )
      return
    }
    if (node.type === 'AssignmentExpression') {
      const chain = memberChain(node.left as AstNode)
      if (
        chain?.[chain.length - 1] === 'NODE_TLS_REJECT_UNAUTHORIZED' &&
        /^['"]?0/.test(text.slice((node.right as AstNode).start, (node.right as AstNode).end))
      )
        add(
          node,
          'tls-verification-off',
          'HIGH',
          'TLS certificate verification off',
          'NODE_TLS_REJECT_UNAUTHORIZED=0 switches off certificate checks for every request of the process',
          'remove it; trust a private CA with NODE_EXTRA_CA_CERTS',
        )
      return
    }
    if (node.type !== 'CallExpression' || !isNode(node.callee)) return
    const chain = memberChain(node.callee) ?? []
    const name = chain[chain.length - 1]
    const args = (node.arguments as unknown[]).filter(isNode)
    const statement = [...ancestors].reverse().find((a) => /Statement$|Declaration$/.test(a.type)) ?? node
    const context = text.slice(statement.start, statement.end)
    const weakHash =
      ((name === 'md5' || name === 'sha1') && chain.length === 1) ||
      (name === 'createHash' &&
        /^['"](?:md5|sha1)['"]$/i.test(args[0] ? text.slice(args[0].start, args[0].end) : ''))
    if (weakHash && SECRET_USE.test(context))
      add(
        node,
        'weak-password-hash',
        'HIGH',
        'Password or token protected by MD5/SHA-1',
        `${text.slice(node.start, Math.min(node.end, node.start + 60))} protects a password or token with a fast, broken hash: it is guessed or cracked in seconds`,
        'hash passwords with bcrypt/argon2/scrypt; make tokens with crypto.randomBytes and store their hash',
      )
    const secretArg =
      chain[0] === 'jwt' && (name === 'sign' || name === 'verify')
        ? args[1]
        : (name === 'session' ||
              name === 'cookieSession' ||
              name === 'expressjwt' ||
              name === 'expressJwt') &&
            chain.length === 1
          ? prop(args[0], 'secret')
          : undefined
    if (isStringLiteral(secretArg))
      add(
        secretArg as AstNode,
        'hardcoded-secret-key',
        'HIGH',
        'Hard-coded signing secret',
        `${chain.join('.')} signs with a secret written in the code: whoever reads the code forges sessions or tokens`,
        'read the secret from the environment or a secret store, and rotate the leaked one',
      )
    if (name === 'cors' && chain.length === 1) {
      const origin = prop(args[0], 'origin')
      const any =
        origin &&
        (isLiteral(origin, true) ||
          isLiteral(origin, '*') ||
          origin.type === 'ArrowFunctionExpression' ||
          origin.type === 'FunctionExpression')
      if (any && isLiteral(prop(args[0], 'credentials'), true))
        add(
          node,
          'cors-any-origin-credentials',
          'HIGH',
          'CORS allows any origin with credentials',
          'cors() reflects any origin and allows credentials: any site can make authenticated requests and read the answers',
          'list the allowed origins explicitly',
        )
    }
    if (
      name === 'cookie' &&
      chain.length > 1 &&
      args[0]?.type === 'Literal' &&
      SESSION_COOKIE.test(String(args[0].value))
    ) {
      const options = args[2]
      if (!isLiteral(prop(options, 'httpOnly'), true))
        add(
          node,
          'cookie-not-httponly',
          'HIGH',
          'Session cookie readable from scripts',
          `cookie ${String(args[0].value)} is set without httpOnly: any XSS steals the session`,
          'set httpOnly: true, secure: true and sameSite on session cookies',
        )
    }
  })
  return out
}
