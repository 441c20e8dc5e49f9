/**
 * The non-taint rules: TLS off, weak hashes on passwords and tokens, JWT `none`, hard-coded
 * signing secrets, CORS with credentials for any origin, session cookies without httpOnly; each
 * with a safe twin that stays quiet. DVNA's own reset token and session secret are the real cases.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { findPythonTaint, findScriptTaint } from '../../src/review/analyzers/taint.js'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures')
const rules = (file: string, code: string) => findScriptTaint(file, code).map((f) => `${f.rule}:${f.line}`)

describe('JavaScript rules', () => {
  it('finds DVNA: the MD5 reset token and the hard-coded session secret', () => {
    const auth = readFileSync(path.join(FIXTURES, 'dvna/core/authHandler.js'), 'utf8')
    expect(rules('core/authHandler.js', auth).filter((r) => r.startsWith('weak'))).toEqual([
      'weak-password-hash:49',
      'weak-password-hash:78',
    ])
    const server = readFileSync(path.join(FIXTURES, 'dvna/server.js'), 'utf8')
    expect(rules('server.js', server)).toEqual(['hardcoded-secret-key:24'])
  })

  it('finds TLS off, JWT none, permissive CORS and script-readable session cookies', () => {
    const code = [
      'const agent = new https.Agent({ rejectUnauthorized: false })',
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'",
      "jwt.verify(token, key, { algorithms: ['HS256', 'none'] })",
      'app.use(cors({ origin: true, credentials: true }))',
      "res.cookie('session', id, { secure: true })",
      "const hash = crypto.createHash('md5').update(password).digest('hex')",
    ].join('\n')
    expect(rules('server.js', code)).toEqual([
      'tls-verification-off:1',
      'tls-verification-off:2',
      'jwt-not-verified:3',
      'cors-any-origin-credentials:4',
      'cookie-not-httponly:5',
      'weak-password-hash:6',
    ])
    const safe = [
      'const agent = new https.Agent({ ca })',
      "jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] })",
      "app.use(cors({ origin: ['https://app.example.com'], credentials: true }))",
      "res.cookie('session', id, { httpOnly: true, secure: true })",
      "const etag = crypto.createHash('md5').update(body).digest('hex')",
    ].join('\n')
    expect(rules('server.js', safe)).toEqual([])
  })
})

describe('Python rules', () => {
  it('finds a hard-coded SECRET_KEY, not one read from the environment', async () => {
    const bad = await findPythonTaint(
      'settings.py',
      'SECRET_KEY = "lr66%-a!$km5ed@n5ug!tya5bv!0(yqwa1tn!q%0%3m2nh%oml"\n',
    )
    expect(bad.findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['hardcoded-secret-key:1'])
    const good = await findPythonTaint('settings.py', 'SECRET_KEY = os.environ["SECRET_KEY"]\n')
    expect(good.findings).toEqual([])
  })
})
