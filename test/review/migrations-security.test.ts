/**
 * Migration rules judged like a reviewer: a policy `TO service_role` is not a hole (that role
 * bypasses RLS); one for anon is. A SECURITY DEFINER function needs a pinned search_path.
 */
import { describe, expect, it } from '@jest/globals'
import { hits, reviewChange } from './support.js'

const TABLE =
  'create table public.notes (id uuid primary key, owner uuid);\nalter table public.notes enable row level security;\n'

describe('migrations: RLS roles and definer functions', () => {
  it('flags USING (true) for anon, not for service_role', async () => {
    const sql = `${TABLE}create policy "svc" on public.notes for all to service_role using (true);\ncreate policy "anyone" on public.notes for select to anon using (true);\n`
    const out = await reviewChange(
      {},
      { 'supabase/migrations/1_notes.sql': sql },
      { agents: ['security-auditor'] },
    )
    expect(hits(out)).toEqual(['policy-always-true@supabase/migrations/1_notes.sql:4'])
    expect(out.findings[0]?.message).toContain('to anon')
  })

  it('flags SECURITY DEFINER without search_path, not with one', async () => {
    const sql = [
      'create function public.grant_admin(uid uuid) returns void language plpgsql',
      '  security definer',
      '  as $$ begin update profiles set admin = true where id = uid; end $$;',
      'create function public.is_admin(uid uuid) returns boolean language sql',
      "  security definer set search_path = ''",
      '  as $$ select admin from public.profiles where id = uid $$;',
      '',
    ].join('\n')
    const out = await reviewChange(
      {},
      { 'supabase/migrations/2_fn.sql': sql },
      { agents: ['security-auditor'] },
    )
    expect(hits(out)).toEqual(['security-definer-without-search-path@supabase/migrations/2_fn.sql:2'])
  })
})
