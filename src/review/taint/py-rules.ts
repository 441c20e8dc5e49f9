/**
 * Python rules that need no taint: TLS verification switched off, passwords hashed with MD5 or
 * SHA-1, JWTs decoded without verification, XML parsers told to fetch external entities. Each is a
 * hit wherever it appears; none is CRITICAL (no source is involved).
 */
import type { Node } from 'web-tree-sitter'
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import { callArgs } from './py-sinks.js'
import { pyChain } from './py-sources.js'

const AGENTS: readonly ReviewAgent[] = ['security-auditor']
const PASSWORD = /pass(?:word|wd)?|pwd|secret/i

function hit(
  file: string,
  node: Node,
  rule: string,
  title: string,
  message: string,
  fix: string,
): FindingCandidate {
  return {
    rule,
    agents: AGENTS,
    severity: 'HIGH',
    title,
    message,
    file,
    line: node.startPosition.row + 1,
    endLine: node.endPosition.row + 1,
    column: node.startPosition.column + 1,
    confidence: 0.85,
    source: 'launchgate',
    suggestedFix: fix,
  }
}

/** The rule hits of one call. */
function callHits(file: string, call: Node, chain: readonly string[]): FindingCandidate[] {
  const { positional, keywords } = callArgs(call)
  const name = chain[chain.length - 1] as string
  const receiver = chain[chain.length - 2]
  const out: FindingCandidate[] = []
  const verify = keywords.get('verify')
  if (verify?.text === 'False' && receiver !== 'jwt')
    out.push(
      hit(
        file,
        verify,
        'tls-verification-off',
        'TLS certificate verification off',
        `${chain.join('.')}(verify=False) accepts any certificate: a man in the middle reads and changes the traffic`,
        'remove verify=False (or point verify at the CA bundle)',
      ),
    )
  const weak = (name === 'md5' || name === 'sha1') && (receiver === undefined || receiver === 'hashlib')
  const hashedNew = name === 'new' && receiver === 'hashlib' && /md5|sha1/i.test(positional[0]?.text ?? '')
  if ((weak || hashedNew) && PASSWORD.test(call.text))
    out.push(
      hit(
        file,
        call,
        'weak-password-hash',
        'Password hashed with a fast, broken hash',
        `${call.text.slice(0, 80)} hashes a password with ${weak ? name.toUpperCase() : 'MD5/SHA-1'}: it is cracked in seconds`,
        'use argon2, bcrypt or scrypt (passlib, Django make_password)',
      ),
    )
  if (receiver === 'jwt' && name === 'decode') {
    const options = keywords.get('options')?.text ?? ''
    const off = /verify_signature["']?\s*:\s*False/.test(options) || verify?.text === 'False'
    const none = /["']none["']/i.test(keywords.get('algorithms')?.text ?? '')
    if (off || none)
      out.push(
        hit(
          file,
          call,
          'jwt-not-verified',
          'JWT accepted without checking its signature',
          `jwt.decode ${none ? "allows the 'none' algorithm" : 'skips signature verification'}: anyone can forge a token`,
          'verify the signature with the key and a fixed algorithms list',
        ),
      )
  }
  if (name === 'get_unverified_claims' || name === 'get_unverified_header')
    out.push(
      hit(
        file,
        call,
        'jwt-not-verified',
        'JWT accepted without checking its signature',
        `${chain.join('.')} reads claims that nobody verified`,
        'use jwt.decode with the key and algorithms',
      ),
    )
  if (
    name === 'setFeature' &&
    /feature_external_(?:ges|pes)/.test(positional[0]?.text ?? '') &&
    positional[1]?.text === 'True'
  )
    out.push(
      hit(
        file,
        call,
        'xxe',
        'XML parsed with external entities enabled (XXE)',
        'the parser is told to load external entities: a document can read local files or reach internal hosts',
        'leave external entities off, or parse with defusedxml',
      ),
    )
  return out
}

const SECRET_NAME = /secret[_-]?key|jwt[_-]?secret|signing[_-]?key|session[_-]?secret/i

/** `SECRET_KEY = "..."`, `app.secret_key = "..."`, `app.config["SECRET_KEY"] = "..."`. */
function secretAssignments(file: string, root: Node): FindingCandidate[] {
  const out: FindingCandidate[] = []
  for (const node of root.descendantsOfType('assignment')) {
    const left = node?.childForFieldName('left')
    const right = node?.childForFieldName('right')
    if (
      !node ||
      !left ||
      right?.type !== 'string' ||
      right.namedChildren.some((c) => c?.type === 'interpolation')
    )
      continue
    const value = right.namedChildren.find((c) => c?.type === 'string_content')?.text ?? ''
    if (SECRET_NAME.test(left.text) && value.length >= 8)
      out.push(
        hit(
          file,
          node,
          'hardcoded-secret-key',
          'Hard-coded signing secret',
          `${left.text} is written in the code: whoever reads the code forges sessions or tokens`,
          'read it from the environment (os.environ) and rotate the leaked one',
        ),
      )
  }
  return out
}

/** The rule hits of one parsed module. */
export function pyRuleHits(file: string, root: Node): FindingCandidate[] {
  const out: FindingCandidate[] = secretAssignments(file, root)
  for (const call of root.descendantsOfType('call')) {
    const fn = call?.childForFieldName('function')
    const chain = fn ? pyChain(fn) : undefined
    if (call && chain) out.push(...callHits(file, call, chain))
  }
  return out
}
