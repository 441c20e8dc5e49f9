/**
 * Supabase edge functions deployed with `verify_jwt = false` (supabase/config.toml) whose code
 * checks no caller: no `auth.getUser`, no Authorization header, no webhook signature. Anyone on
 * the internet can call them; with the service-role key inside they act with RLS bypassed
 * (CRITICAL), otherwise HIGH. Reported on the config line when it changes, or on the function's
 * entry when its code changes under such a config.
 */
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { readAtCommit } from '../change.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'

const AGENTS: readonly ReviewAgent[] = ['security-auditor', 'devops-engineer']
const CONFIG = /(?:^|\/)supabase\/config\.toml$/
const FUNCTION_FILE = /(?:^|\/)supabase\/functions\/([^/]+)\/index\.[jt]s$/
const AUTH_CHECK =
  /auth\.getUser|getClaims|[Aa]uthorization|jwtVerify|jwt\.verify|verifyJwt|constructEvent|stripe-signature|x-hub-signature|x-signature|timingSafeEqual|webhook[_-]?secret|api[_-]?key/
const SERVICE_ROLE = /SERVICE_ROLE/

/** Functions with `verify_jwt = false` and the 1-based line of that setting. */
export function unverifiedFunctions(toml: string): Map<string, number> {
  const out = new Map<string, number>()
  let section: string | undefined
  toml.split(/\r?\n/).forEach((text, i) => {
    const header = /^\s*\[functions\.([A-Za-z0-9_-]+)\]\s*$/.exec(text)
    if (header) section = header[1]
    else if (/^\s*\[/.test(text)) section = undefined
    else if (section && /^\s*verify_jwt\s*=\s*false\b/.test(text)) out.set(section, i + 1)
  })
  return out
}

function finding(file: string, line: number, name: string, code: string): FindingCandidate {
  const admin = SERVICE_ROLE.test(code)
  return {
    rule: 'edge-function-without-auth',
    agents: AGENTS,
    severity: admin ? 'CRITICAL' : 'HIGH',
    title: 'Edge function open to anyone',
    message: `edge function ${name} runs with verify_jwt = false and its code checks no caller${admin ? ', while holding the service-role key (row level security bypassed)' : ''}`,
    file,
    line,
    confidence: 0.85,
    source: 'launchgate',
    suggestedFix:
      'keep verify_jwt = true, or check the caller in the function (supabase.auth.getUser(token), a webhook signature)',
  }
}

export const edgeFunctionsAnalyzer: Analyzer = {
  name: 'edge-functions',
  agents: AGENTS,
  async analyze({ change }): Promise<AnalyzerResult> {
    const findings: FindingCandidate[] = []
    // Most changes touch no Supabase file: skip reading the config at head for them.
    if (!change.files.some((f) => /(?:^|\/)supabase\//.test(f.path))) return { findings, notices: [] }
    const configFile = change.files.find((f) => CONFIG.test(f.path))
    const configPath = configFile?.path ?? 'supabase/config.toml'
    const toml = configFile?.content ?? (await readAtCommit(change.root, change.head, configPath))
    if (toml === undefined) return { findings, notices: [] }
    const root = configPath.replace(/config\.toml$/, '')
    for (const [name, line] of unverifiedFunctions(toml)) {
      const changedCode = change.files.find((f) => FUNCTION_FILE.exec(f.path)?.[1] === name && f.content)
      const code =
        changedCode?.content ??
        (await readAtCommit(change.root, change.head, `${root}functions/${name}/index.ts`)) ??
        ''
      if (!code || AUTH_CHECK.test(code)) continue
      if (configFile?.added.has(line)) findings.push(finding(configPath, line, name, code))
      if (changedCode?.lines) {
        const entry = changedCode.lines.findIndex((l) => /Deno\.serve|serve\(/.test(l))
        findings.push(finding(changedCode.path, entry >= 0 ? entry + 1 : 1, name, code))
      }
    }
    return { findings, notices: [] }
  },
}
