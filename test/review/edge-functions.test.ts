/**
 * A Supabase edge function with verify_jwt = false and no caller check is open to anyone: CRITICAL
 * with the service-role key inside. One that checks the caller itself passes.
 */
import { describe, expect, it } from '@jest/globals'
import { hits, reviewChange } from './support.js'

const CONFIG = '[api]\nport = 54321\n\n[functions.export-users]\nverify_jwt = false\n'
const OPEN = [
  "import { createClient } from 'npm:@supabase/supabase-js@2'",
  "const admin = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!)",
  'Deno.serve(async () => {',
  "  const { data } = await admin.from('profiles').select('*')",
  '  return Response.json(data)',
  '})',
  '',
].join('\n')

describe('Supabase edge functions', () => {
  it('reports verify_jwt = false with no auth check and the service-role key', async () => {
    const out = await reviewChange(
      {},
      { 'supabase/config.toml': CONFIG, 'supabase/functions/export-users/index.ts': OPEN },
      { agents: ['security-auditor'] },
    )
    expect(hits(out)).toEqual([
      'edge-function-without-auth@supabase/config.toml:5',
      'edge-function-without-auth@supabase/functions/export-users/index.ts:3',
    ])
    expect(out.findings.every((f) => f.severity === 'CRITICAL')).toBe(true)
  })

  it('passes a function that checks the caller', async () => {
    const checked = OPEN.replace(
      'Deno.serve(async () => {',
      "Deno.serve(async (req) => {\n  const { error } = await admin.auth.getUser(req.headers.get('Authorization')!.slice(7))\n  if (error) return new Response('unauthorized', { status: 401 })",
    )
    const out = await reviewChange(
      {},
      { 'supabase/config.toml': CONFIG, 'supabase/functions/export-users/index.ts': checked },
      { agents: ['security-auditor'] },
    )
    expect(hits(out).filter((h) => h.startsWith('edge-function'))).toEqual([])
  })
})
