/**
 * SARIF 2.1.0 for GitHub code scanning and any SARIF viewer: one run, the driver's rules, and one
 * result per finding with a level, a location relative to `%SRCROOT%`, a partial fingerprint and a
 * `security-severity` so code scanning can rank alerts as critical, high, medium or low.
 */
import { reportJson } from './json.js'
import { compareFindings, sortFindings } from './severity.js'
import type { Finding, Report, Severity } from './types.js'

/** The analysing tool as SARIF's `tool.driver` describes it. */
export interface SarifTool {
  name: string
  version: string
  informationUri?: string
  /** Rule metadata by rule id; rules that only appear in findings are listed too, described by their id. */
  rules?: Record<string, { description: string; helpUri?: string; tags?: string[] }>
}

/** Key of the finding fingerprint in `partialFingerprints`; versioned as SARIF recommends. */
export const FINGERPRINT_KEY = 'launchgate/v1'
/** The `$schema` GitHub's documentation and SARIF viewers use for 2.1.0. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

type SarifLevel = 'error' | 'warning' | 'note'

/** CRITICAL and HIGH fail a build, MEDIUM warns, LOW and INFO are notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'CRITICAL' || severity === 'HIGH') return 'error'
  return severity === 'MEDIUM' ? 'warning' : 'note'
}

/**
 * Scores inside GitHub's bands (critical > 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9). INFO gets
 * none: any score would rank it as at least "low", which overstates an informational note.
 */
const SECURITY_SEVERITY: Partial<Record<Severity, string>> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
}

interface SarifRule {
  id: string
  shortDescription: { text: string }
  helpUri?: string
  defaultConfiguration?: { level: SarifLevel }
  properties?: Record<string, unknown>
}

interface SarifRegion {
  startLine: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}

/** A file path as a relative URI reference: forward slashes, no leading `./` or `/`, segments encoded. */
export function artifactUri(file: string): string {
  const relative = file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
  // Encoding each segment keeps spaces valid and stops a `c:` segment from reading as a URI scheme.
  return relative.split('/').map(encodeURIComponent).join('/')
}

function positive(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1
}

function region(f: Finding): SarifRegion | undefined {
  if (!positive(f.line)) return undefined
  const out: SarifRegion = { startLine: f.line }
  if (positive(f.column)) out.startColumn = f.column
  if (positive(f.endLine) && f.endLine >= f.line) out.endLine = f.endLine
  const endLine = out.endLine ?? f.line
  // SARIF requires the end to follow the start; an inconsistent end column is dropped rather than emitted.
  if (positive(f.endColumn) && (endLine > f.line || f.endColumn >= (out.startColumn ?? 1)))
    out.endColumn = f.endColumn
  return out
}

function location(f: Finding): Array<Record<string, unknown>> | undefined {
  if (f.file === undefined || f.file === '') return undefined
  const where = region(f)
  const physicalLocation: Record<string, unknown> = {
    artifactLocation: { uri: artifactUri(f.file), uriBaseId: '%SRCROOT%' },
  }
  if (where) physicalLocation.region = where
  return [{ physicalLocation }]
}

function buildRules(findings: readonly Finding[], tool: SarifTool): SarifRule[] {
  const declared = tool.rules ?? {}
  const ids = [...Object.keys(declared)]
  for (const f of findings) if (!ids.includes(f.rule)) ids.push(f.rule)
  return ids.map((id) => {
    const meta = declared[id]
    // `findings` is sorted most severe first, so the first match is the rule's worst severity.
    const worst = findings.find((f) => f.rule === id)
    const rule: SarifRule = { id, shortDescription: { text: meta?.description ?? worst?.title ?? id } }
    if (meta?.helpUri) rule.helpUri = meta.helpUri
    const properties: Record<string, unknown> = {}
    if (meta?.tags?.length) properties.tags = [...meta.tags]
    if (worst) {
      rule.defaultConfiguration = { level: sarifLevel(worst.severity) }
      const score = SECURITY_SEVERITY[worst.severity]
      if (score) properties['security-severity'] = score
    }
    if (Object.keys(properties).length > 0) rule.properties = properties
    return rule
  })
}

function result(f: Finding, json: Record<string, unknown>, ruleIndex: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.rule,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
  }
  const locations = location(f)
  if (locations) out.locations = locations
  if (f.fingerprint) out.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint }
  const score = SECURITY_SEVERITY[f.severity]
  // A capability's own score (say, a CVSS base score) is more precise than the severity band, so it wins.
  const own = (json.properties ?? {}) as Record<string, unknown>
  const properties: Record<string, unknown> = {
    severity: f.severity,
    ...(score ? { 'security-severity': score } : {}),
    ...own,
  }
  if (f.title) properties.title = f.title
  out.properties = properties
  return out
}

/** The SARIF log as an object, for callers that want to inspect or merge it before writing. */
export function sarifLog(report: Report, tool: SarifTool): Record<string, unknown> {
  const findings = sortFindings(report.findings, compareFindings)
  const rules = buildRules(findings, tool)
  const index = new Map(rules.map((r, i) => [r.id, i]))
  // reportJson normalises finding properties to plain JSON (no bigints or cycles), as SARIF needs too.
  const jsonFindings = reportJson({ ...report, findings, data: {} }).findings as Array<
    Record<string, unknown>
  >
  const driver: Record<string, unknown> = { name: tool.name, version: tool.version }
  if (tool.informationUri) driver.informationUri = tool.informationUri
  driver.rules = rules
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        // The category code scanning files these results under, so each capability's upload stands alone.
        automationDetails: { id: `${tool.name}/${report.capability}/` },
        // Columns come from JavaScript tools (ESLint, TypeScript), which count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results: findings.map((f, i) => result(f, jsonFindings[i] ?? {}, index.get(f.rule) ?? -1)),
      },
    ],
  }
}

/** Renders a report as a SARIF 2.1.0 log; ends with a newline. */
export function renderSarif(report: Report, tool: SarifTool): string {
  return `${JSON.stringify(sarifLog(report, tool), null, 2)}\n`
}
