/**
 * Secrets in code strings that secretlint's preset misses: a Stripe live key, a Supabase
 * service-role key, a private key with `\r\n` escapes. The anon key is public and not reported.
 */
import { describe, expect, it } from '@jest/globals'
import { hits, reviewChange } from './support.js'

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
const jwt = (role: string) =>
  `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role, iat: 1700000000, exp: 2000000000 })}.Kx9q3Jd8Lm2Vn5Rt7Yw1Zb4Cf6Gh8Jk0Mp2Qs4Uv6X`

describe('secrets in code strings', () => {
  it('finds Stripe, Supabase service-role and escaped private keys without printing them', async () => {
    const stripe = ['sk', 'live', '51HxQvL2eZvKYlo2C8b3TnVw9kR4mPqZaB3cD'].join('_')
    const pem = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
      'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK',
      '-----END RSA PRIVATE KEY-----',
    ].join('\\r\\n')
    const code = `export const stripe = '${stripe}'\nexport const admin = '${jwt('service_role')}'\nexport const key = "${pem}"\nexport const anon = '${jwt('anon')}'\n`
    const out = await reviewChange({}, { 'src/keys.ts': code }, { agents: ['security-auditor'] })
    expect(hits(out)).toEqual([
      'hardcoded-secret@src/keys.ts:1',
      'hardcoded-secret@src/keys.ts:2',
      'hardcoded-secret@src/keys.ts:3',
    ])
    const json = JSON.stringify(out.findings)
    expect(json).not.toContain(stripe)
    expect(json).not.toContain('MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun')
  })
})
