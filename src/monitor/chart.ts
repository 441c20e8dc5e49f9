/**
 * Small mermaid `xychart-beta` charts of the window, one per soft signal: bars for each judged
 * bucket, a line for the threshold. A reader of a job summary sees the shape of a regression faster
 * than they read a table.
 */
import type { SignalVerdict } from './verdict.js'

const MINUTE = 60_000

interface ChartSpec {
  title: string
  axis: string
  /** From the signal's unit to the chart's (a share to %, ms to s). */
  scale: (value: number) => number
}

const SPECS: Partial<Record<string, ChartSpec>> = {
  'error-rate': { title: 'HTTP error rate (%)', axis: '%', scale: (v) => v * 100 },
  'websocket-failures': { title: 'WebSocket connection failures (%)', axis: '%', scale: (v) => v * 100 },
  p95: { title: 'Response time P95 (s)', axis: 's', scale: (v) => v / 1000 },
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/**
 * A mermaid chart of one soft signal, or undefined when it has no judged bucket to draw. Buckets
 * without usable data are left out (mermaid has no gaps), so the x-axis labels show where data was.
 */
export function signalChart(verdict: SignalVerdict, deployedAt: number): string | undefined {
  const spec = SPECS[verdict.signal]
  if (spec === undefined) return undefined
  const points = verdict.observations.filter((o) => o.outcome !== 'unusable' && o.value !== undefined)
  if (points.length === 0) return undefined
  const labels = points.map((o) => `"+${Math.round((o.at - deployedAt) / MINUTE)}m"`)
  const values = points.map((o) => round(spec.scale(o.value!)))
  const threshold = round(spec.scale(verdict.threshold))
  const top = round(Math.max(threshold, ...values) * 1.2) || 1
  return [
    'xychart-beta',
    `  title "${spec.title}: ${verdict.verdict}"`,
    `  x-axis "minutes after the deploy" [${labels.join(', ')}]`,
    `  y-axis "${spec.axis}" 0 --> ${top}`,
    `  bar [${values.join(', ')}]`,
    `  line [${values.map(() => threshold).join(', ')}]`,
  ].join('\n')
}

/** Every chart of a run as fenced mermaid blocks, ready for a markdown section. */
export function windowCharts(signals: readonly SignalVerdict[], deployedAt: number): string | undefined {
  const charts = signals.map((s) => signalChart(s, deployedAt)).filter((c): c is string => c !== undefined)
  if (charts.length === 0) return undefined
  return charts.map((c) => `\`\`\`mermaid\n${c}\n\`\`\``).join('\n\n')
}
