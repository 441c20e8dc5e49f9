/** A monitor run that could not decide is headed "Inconclusive", never "Failed", in every renderer. */
import { describe, expect, it } from '@jest/globals'
import { monitorReport } from '../src/monitor/report.js'
import { PLAN_THRESHOLDS } from '../src/monitor/thresholds.js'
import type { Decision, SignalVerdict } from '../src/monitor/verdict.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderText } from '../src/report/text.js'

const DEPLOYED = Date.parse('2026-05-01T10:00:00Z')

function run(decision: Decision, verdict: SignalVerdict['verdict']) {
  const signal: SignalVerdict = {
    signal: 'error-rate',
    kind: 'soft',
    verdict,
    ...(verdict === 'INCONCLUSIVE' ? { cause: 'source-error' as const } : {}),
    threshold: 0.05,
    samples: 0,
    reason: 'the source could not be read; nothing judged',
    observations: [],
  }
  return monitorReport({
    result: { decision, triggers: [], signals: [signal] },
    deployment: { sha: 'a'.repeat(40), deployedAt: DEPLOYED },
    now: DEPLOYED + 20 * 60_000,
    thresholds: PLAN_THRESHOLDS,
  })
}

describe('an inconclusive monitor report', () => {
  it('is headed Inconclusive in markdown and text, and still does not pass', () => {
    const report = run('inconclusive', 'INCONCLUSIVE')
    expect(report.ok).toBe(false)
    const markdown = renderMarkdown(report)
    expect(markdown).toMatch(/^## ⚠️ Inconclusive: a{12}: inconclusive 20 minutes after the deploy/)
    expect(markdown).not.toContain('Failed')
    expect(renderText(report)).toMatch(/^INCONCLUSIVE {2}monitor: /)
  })

  it('leaves a rollback headed Failed and a healthy run Passed', () => {
    const rollback = { ...run('rollback', 'FAIL'), title: 'Roll back' }
    expect(renderMarkdown(rollback)).toMatch(/^## ❌ Failed: Roll back/)
    expect(renderText(rollback)).toMatch(/^FAIL {2}monitor: Roll back/)
    expect(renderMarkdown(run('healthy', 'PASS'))).toMatch(/^## ✅ Passed: /)
  })
})
