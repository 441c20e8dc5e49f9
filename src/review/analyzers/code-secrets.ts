/**
 * Secrets secretlint's preset misses in code strings: Stripe live keys, Supabase service-role
 * JWTs (the key that bypasses RLS; the anon key is public and is not reported), and private keys
 * written into a string with `\n` or `\r\n` escapes. Same masking as secretlint's hits.
 */
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import { maskRange } from './secrets.js'

const AGENTS: readonly ReviewAgent[] = ['security-auditor']

interface SecretPattern {
  pattern: RegExp
  what: string
  /** Extra check on the match (a JWT's role). */
  accept?: (match: RegExpExecArray) => boolean
}

function jwtRole(payload: string): string | undefined {
  try {
    return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { role?: string }).role
  } catch {
    return undefined
  }
}

const PATTERNS: readonly SecretPattern[] = [
  { pattern: /\b(?:sk|rk)_live_[0-9a-zA-Z]{20,}/g, what: 'a Stripe live secret key' },
  {
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.(eyJ[A-Za-z0-9_-]{8,})\.[A-Za-z0-9_-]{16,}/g,
    what: 'a Supabase service-role key (bypasses row level security)',
    accept: (m) => jwtRole(m[1] ?? '') === 'service_role',
  },
  {
    pattern:
      /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----(?:\\r)?\\n[A-Za-z0-9+/=\\rn]{40,}/g,
    what: 'a private key in an escaped string',
  },
]

/** The code-string secrets of one file. */
export function findCodeSecrets(path: string, content: string): FindingCandidate[] {
  const hits: FindingCandidate[] = []
  content.split(/\r?\n/).forEach((text, i) => {
    for (const { pattern, what, accept } of PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        if (accept && !accept(match as RegExpExecArray)) continue
        const from = match.index ?? 0
        hits.push({
          rule: 'hardcoded-secret',
          agents: AGENTS,
          severity: 'CRITICAL',
          title: 'Hard-coded secret',
          message: `${what} is written in the code`,
          file: path,
          line: i + 1,
          column: from + 1,
          confidence: 0.95,
          source: 'launchgate',
          anchorText: maskRange(text, from, from + match[0].length),
          suggestedFix: 'rotate the secret now, then read it from the environment or a secret store',
        })
      }
    }
  })
  return hits
}
