/**
 * The monitor's decision as the shared {@link Report}: triggers as findings, a table of signals with
 * value, threshold and samples, charts of the window for markdown, and the machine-readable decision
 * in `data` (the JSON renderer puts it at the top level).
 */
import type { Finding, Report } from '../report/types.js'
import type { BlindStatus } from './blind.js'
import { windowCharts } from './chart.js'
import type { Thresholds } from './thresholds.js'
import { percent, type MonitorDecision, type SignalVerdict } from './verdict.js'

export interface MonitorReportInput {
  result: MonitorDecision
  deployment: { sha: string; deployedAt: number }
  now: number
  thresholds: Thresholds
  /** Draw mermaid charts (for markdown; other formats would print their source as noise). */
  charts?: boolean
  blind?: BlindStatus
}

const RATE_SIGNALS = new Set(['error-rate', 'websocket-failures'])

/** A value in the signal's unit: a share as a percentage, P95 in ms, probes and alerts as counts. */
function formatValue(signal: SignalVerdict, value: number | undefined): string {
  if (value === undefined) return '—'
  if (RATE_SIGNALS.has(signal.signal)) return percent(value)
  if (signal.signal === 'p95') return `${Math.round(value)} ms`
  return signal.signal === 'security' ? `${value} critical` : `${value} failing`
}

function formatThreshold(signal: SignalVerdict): string {
  if (signal.signal === 'security') return 'any critical'
  if (signal.kind === 'hard') return `${signal.threshold} of ${2 * signal.threshold - 1} probes failing`
  return formatValue(signal, signal.threshold)
}

function title(input: MonitorReportInput): string {
  const { result, deployment, now } = input
  const minutes = Math.round((now - deployment.deployedAt) / 60_000)
  const sha = deployment.sha.slice(0, 12)
  if (result.decision === 'rollback') {
    return `Roll back ${sha}: ${result.triggers.map((t) => t.signal).join(', ')} failed ${minutes} minutes after the deploy`
  }
  if (result.decision === 'healthy') return `${sha} is healthy ${minutes} minutes after the deploy`
  const open = result.signals
    .filter((s) => s.verdict === 'INCONCLUSIVE')
    .map((s) => `${s.signal} (${s.cause})`)
  return `${sha}: inconclusive ${minutes} minutes after the deploy: ${open.join(', ') || 'no signal watched'}`
}

function findingOf(signal: SignalVerdict): Finding {
  return {
    rule: `monitor/${signal.signal}`,
    severity: signal.verdict === 'FAIL' ? 'CRITICAL' : 'LOW',
    title: `${signal.signal}: ${signal.verdict}${signal.cause ? ` (${signal.cause})` : ''}`,
    message: signal.reason,
    properties: {
      kind: signal.kind,
      value: signal.value,
      threshold: signal.threshold,
      samples: signal.samples,
    },
  }
}

/** The signal as JSON: the verdict's evidence with times as ISO strings. */
function signalJson(signal: SignalVerdict) {
  return {
    signal: signal.signal,
    kind: signal.kind,
    verdict: signal.verdict,
    cause: signal.cause,
    value: signal.value,
    threshold: signal.threshold,
    samples: signal.samples,
    reason: signal.reason,
    observations: signal.observations.map((o) => ({ ...o, at: new Date(o.at).toISOString() })),
  }
}

/** Builds the report of one monitor run. */
export function monitorReport(input: MonitorReportInput): Report {
  const { result } = input
  const rows = result.signals.map((s) => [
    s.signal,
    s.kind,
    s.cause ? `${s.verdict} (${s.cause})` : s.verdict,
    formatValue(s, s.value),
    formatThreshold(s),
    s.samples,
    s.reason,
  ])
  const sections: NonNullable<Report['sections']> = [
    {
      title: 'Signals',
      table: { columns: ['signal', 'kind', 'verdict', 'value', 'threshold', 'samples', 'reason'], rows },
    },
  ]
  const charts = input.charts ? windowCharts(result.signals, input.deployment.deployedAt) : undefined
  if (charts !== undefined) sections.push({ title: 'Window', text: charts })
  if (input.blind?.blind) sections.push({ title: 'Monitor is blind', text: input.blind.reason })
  return {
    capability: 'monitor',
    title: title(input),
    ok: result.decision === 'healthy',
    inconclusive: result.decision === 'inconclusive',
    findings: result.signals.filter((s) => s.verdict !== 'PASS').map(findingOf),
    sections,
    data: {
      decision: result.decision,
      triggers: result.triggers,
      signals: result.signals.map(signalJson),
      deployment: {
        sha: input.deployment.sha,
        deployedAt: new Date(input.deployment.deployedAt).toISOString(),
      },
      now: new Date(input.now).toISOString(),
      thresholds: input.thresholds,
      blind: input.blind,
    },
  }
}
