/**
 * SQL migrations read with Postgres's own parser (libpg_query):
 * - `table-without-rls` (CRITICAL): a table created in the exposed schema without `ENABLE ROW LEVEL
 *   SECURITY` anywhere in the change: with Supabase, every row is readable through the API.
 * - `policy-always-true` (HIGH): `USING (true)` / `WITH CHECK (true)`: RLS on, protection off;
 *   not for policies scoped only `TO service_role`, which bypasses RLS anyway.
 * - `security-definer-without-search-path` (HIGH): a definer function hijackable through search_path.
 * - `index-without-concurrently` (MEDIUM): `CREATE INDEX` on an existing table locks its writes.
 * - `not-null-without-default` (HIGH): `ADD COLUMN ... NOT NULL` without a default fails on a
 *   table that has rows.
 */
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { filesMatching } from '../analyzer.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import { loadPostgresParser } from '../wasm-tools.js'

const SECURITY: readonly ReviewAgent[] = ['security-auditor', 'database-architect']
const DATABASE: readonly ReviewAgent[] = ['database-architect']

type Node = Record<string, unknown>

interface Relation {
  schemaname?: string
  relname?: string
  relpersistence?: string
  location?: number
}

/** Schemas an API exposes (Supabase's PostgREST serves `public`); others are not reachable from clients. */
const EXPOSED_SCHEMAS = new Set(['', 'public'])

function tableKey(rel: Relation): string {
  return `${rel.schemaname || 'public'}.${rel.relname ?? ''}`
}

/** 1-based line of a UTF-8 byte offset (libpg_query reports byte offsets). */
function lineOfByte(bytes: Buffer, offset: number | undefined): number {
  let line = 1
  const end = Math.min(offset ?? 0, bytes.length)
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++
  return line
}

function isTrueConstant(node: unknown): boolean {
  const konst = (node as Node | undefined)?.A_Const as Node | undefined
  return (konst?.boolval as Node | undefined)?.boolval === true
}

function locationOf(node: unknown): number | undefined {
  const inner = node && typeof node === 'object' ? Object.values(node as Node)[0] : undefined
  const location = (inner as Node | undefined)?.location
  return typeof location === 'number' && location >= 0 ? location : undefined
}

/** A statement tagged with its file and the byte offset to report it at. */
interface Located {
  file: string
  bytes: Buffer
  kind: string
  node: Node
  location: number | undefined
}

function addColumnHits(stmt: Located, created: ReadonlySet<string>): FindingCandidate[] {
  const rel = stmt.node.relation as Relation
  if (created.has(tableKey(rel))) return []
  const hits: FindingCandidate[] = []
  for (const cmd of (stmt.node.cmds as Node[] | undefined) ?? []) {
    const alter = cmd.AlterTableCmd as Node | undefined
    const def = (alter?.def as Node | undefined)?.ColumnDef as Node | undefined
    if (alter?.subtype !== 'AT_AddColumn' || !def) continue
    const types = ((def.constraints as Node[] | undefined) ?? []).map((c) => (c.Constraint as Node).contype)
    const filled = types.some(
      (t) => t === 'CONSTR_DEFAULT' || t === 'CONSTR_IDENTITY' || t === 'CONSTR_GENERATED',
    )
    if (!types.includes('CONSTR_NOTNULL') || filled) continue
    hits.push({
      rule: 'not-null-without-default',
      agents: DATABASE,
      severity: 'HIGH',
      title: 'NOT NULL column added without a default',
      message: `column ${String(def.colname)} on ${tableKey(rel)} is NOT NULL with no DEFAULT: the migration fails once the table has rows`,
      file: stmt.file,
      line: lineOfByte(stmt.bytes, def.location as number | undefined),
      confidence: 0.95,
      source: 'pg-parser',
      suggestedFix: 'add a DEFAULT, or add the column nullable, backfill, then SET NOT NULL',
    })
  }
  return hits
}

/** Roles that bypass row level security: a policy scoped to them alone is not a hole. */
const RLS_BYPASS_ROLES = new Set(['service_role', 'postgres', 'supabase_admin'])

/** The roles a policy is scoped `TO`; empty means PUBLIC. */
function policyRoles(policy: Node): string[] {
  return ((policy.roles as Node[] | undefined) ?? []).map((r) => {
    const spec = r.RoleSpec as Node | undefined
    return spec?.roletype === 'ROLESPEC_PUBLIC' ? 'public' : String(spec?.rolename ?? spec?.roletype ?? '')
  })
}

/** `SECURITY DEFINER` without `SET search_path`: the caller's search_path can hijack its names. */
function definerHits(stmt: Located): FindingCandidate[] {
  const options = ((stmt.node.options as Node[] | undefined) ?? []).map((o) => o.DefElem as Node | undefined)
  const definer = options.find(
    (o) =>
      o?.defname === 'security' &&
      ((o.arg as Node | undefined)?.Boolean as Node | undefined)?.boolval === true,
  )
  const pinned = options.some(
    (o) =>
      o?.defname === 'set' &&
      ((o.arg as Node | undefined)?.VariableSetStmt as Node | undefined)?.name === 'search_path',
  )
  if (!definer || pinned) return []
  const name = ((stmt.node.funcname as Node[] | undefined) ?? [])
    .map((n) => (n.String as Node | undefined)?.sval)
    .join('.')
  return [
    {
      rule: 'security-definer-without-search-path',
      agents: SECURITY,
      severity: 'HIGH',
      title: 'SECURITY DEFINER function without a fixed search_path',
      message: `function ${name} runs with its owner's rights but resolves names through the caller's search_path: a caller can shadow a table or function and run code as the owner`,
      file: stmt.file,
      line: lineOfByte(stmt.bytes, definer.location as number | undefined),
      confidence: 0.9,
      source: 'pg-parser',
      suggestedFix: "add SET search_path = '' (and schema-qualify names), or make it SECURITY INVOKER",
    },
  ]
}

/** Applies the rules to every statement of the changed migrations at once (RLS may be enabled in a later file). */
export function migrationHits(statements: readonly Located[]): FindingCandidate[] {
  const rls = new Set<string>()
  const created = new Set<string>()
  for (const s of statements) {
    if (s.kind === 'CreateStmt') created.add(tableKey(s.node.relation as Relation))
    if (s.kind !== 'AlterTableStmt') continue
    const subtypes = ((s.node.cmds as Node[] | undefined) ?? []).map(
      (c) => (c.AlterTableCmd as Node | undefined)?.subtype,
    )
    if (subtypes.includes('AT_EnableRowSecurity') || subtypes.includes('AT_ForceRowSecurity')) {
      rls.add(tableKey(s.node.relation as Relation))
    }
  }
  const hits: FindingCandidate[] = []
  for (const s of statements) {
    const rel = s.node.relation as Relation | undefined
    const at = (title: string) => ({ file: s.file, line: lineOfByte(s.bytes, s.location), title })
    if (
      s.kind === 'CreateStmt' &&
      rel &&
      rel.relpersistence !== 't' &&
      EXPOSED_SCHEMAS.has(rel.schemaname ?? '')
    ) {
      if (rls.has(tableKey(rel))) continue
      hits.push({
        rule: 'table-without-rls',
        agents: SECURITY,
        severity: 'CRITICAL',
        ...at('Table without row level security'),
        message: `table ${tableKey(rel)} is created without ENABLE ROW LEVEL SECURITY: every row is readable and writable through the API`,
        confidence: 0.95,
        source: 'pg-parser',
        suggestedFix: `ALTER TABLE ${tableKey(rel)} ENABLE ROW LEVEL SECURITY; then add policies for who may read and write`,
      })
    } else if (s.kind === 'CreatePolicyStmt') {
      const clause = isTrueConstant(s.node.qual)
        ? s.node.qual
        : isTrueConstant(s.node.with_check)
          ? s.node.with_check
          : undefined
      if (clause === undefined) continue
      const roles = policyRoles(s.node)
      // service_role bypasses RLS anyway: a policy for it alone opens nothing.
      if (roles.length > 0 && roles.every((r) => RLS_BYPASS_ROLES.has(r))) continue
      hits.push({
        rule: 'policy-always-true',
        agents: SECURITY,
        severity: 'HIGH',
        ...at('Policy that is always true'),
        line: lineOfByte(s.bytes, locationOf(clause) ?? s.location),
        message: `policy ${String(s.node.policy_name)} on ${tableKey(s.node.table as Relation)} allows every row (true) to ${roles.length > 0 ? roles.join(', ') : 'every role (PUBLIC)'}: row level security is on but protects nothing`,
        confidence: 0.95,
        source: 'pg-parser',
        suggestedFix:
          'restrict the policy, e.g. USING (auth.uid() = user_id), and scope it TO the roles that need it',
      })
    } else if (s.kind === 'CreateFunctionStmt') {
      hits.push(...definerHits(s))
    } else if (s.kind === 'IndexStmt' && rel && s.node.concurrent !== true && !created.has(tableKey(rel))) {
      hits.push({
        rule: 'index-without-concurrently',
        agents: DATABASE,
        severity: 'MEDIUM',
        ...at('Index created without CONCURRENTLY'),
        message: `CREATE INDEX on existing table ${tableKey(rel)} blocks its writes until the index is built`,
        confidence: 0.9,
        source: 'pg-parser',
        suggestedFix: 'CREATE INDEX CONCURRENTLY (outside a transaction block)',
      })
    } else if (s.kind === 'AlterTableStmt' && rel) {
      hits.push(...addColumnHits(s, created))
    }
  }
  return hits
}

export const sqlMigrationsAnalyzer: Analyzer = {
  name: 'sql-migrations',
  agents: ['database-architect', 'security-auditor'],
  async analyze({ change }): Promise<AnalyzerResult> {
    const files = filesMatching(change, /\.sql$/i)
    if (files.length === 0) return { findings: [], notices: [] }
    const parse = await loadPostgresParser()
    const notices: string[] = []
    const statements: Located[] = []
    for (const file of files) {
      const result = await parse(file.content)
      if (result.error || !result.tree) {
        const bytes = Buffer.from(file.content)
        const where =
          result.error?.position === undefined ? '' : `:${lineOfByte(bytes, result.error.position)}`
        notices.push(
          `sql-migrations: ${file.path}${where} is not valid Postgres SQL; its statements were not checked`,
        )
        continue
      }
      const bytes = Buffer.from(file.content)
      for (const entry of result.tree.stmts ?? []) {
        const [kind, node] = Object.entries(entry.stmt ?? {})[0] ?? []
        if (!kind || !node || typeof node !== 'object') continue
        const n = node as Node
        const rel = (n.relation ?? n.table) as Relation | undefined
        statements.push({
          file: file.path,
          bytes,
          kind,
          node: n,
          location: rel?.location ?? entry.stmt_location,
        })
      }
    }
    return { findings: migrationHits(statements), notices }
  },
}
