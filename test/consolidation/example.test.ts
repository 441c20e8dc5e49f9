/** The bundled example before the consolidation (every kind of violation) and after it (none). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ConcernAudit, ConcernStatus } from '../../src/consolidation/audit.js'
import type { Report } from '../../src/report/types.js'
import {
  brief,
  cleanupTemps,
  consolidate,
  copyExample,
  EXAMPLE,
  runWithConfigFile,
  violationsOf,
} from './helpers.js'

afterAll(cleanupTemps)

describe('the example before the consolidation', () => {
  let report: Report
  beforeAll(async () => {
    report = await runWithConfigFile(EXAMPLE)
  })

  it('fails the gate and counts per concern', () => {
    expect(report.ok).toBe(false)
    const concerns = report.data?.concerns as ConcernStatus[]
    expect(concerns.map((c) => [c.concern, c.status])).toEqual([
      ['pam-websocket', 'in-progress'],
      ['pam-component', 'in-progress'],
    ])
    expect(concerns[0]!.summary).toMatch(/^\d+ violation\(s\) in \d+ file\(s\)$/)
  })

  it('finds every deprecated module that still exists', () => {
    const files = violationsOf(report)
      .filter((v) => v.rule === 'deprecated-file')
      .map((v) => v.file)
    expect(files).toEqual([
      'backend/app/services/pam/ws_legacy.py',
      'frontend/src/components/pam/PamAssistant.tsx',
      'frontend/src/hooks/usePamWebSocket.ts',
      'frontend/src/hooks/usePamWebSocketConnection.ts',
      'frontend/src/hooks/usePamWebSocketV2.ts',
    ])
  })

  it('finds deprecated imports in every form, matched on the resolved file', () => {
    const imports = violationsOf(report)
      .filter((v) => v.rule === 'deprecated-import')
      .map((v) => `${v.how} ${v.file} -> ${v.target}${v.via ? ` via ${v.via.join(',')}` : ''}`)
    expect(imports).toEqual([
      'static backend/app/api/v1/pam.py -> backend/app/services/pam/ws_legacy.py',
      'static backend/app/services/pam/admin.py -> backend/app/services/pam/ws_legacy.py',
      'static backend/app/services/pam/orchestrator.py -> backend/app/services/pam/ws_legacy.py',
      'static frontend/src/components/layout/Header.tsx -> frontend/src/hooks/usePamWebSocketV2.ts via frontend/src/hooks/index.ts',
      'static frontend/src/components/layout/OfflineBanner.tsx -> frontend/src/hooks/usePamWebSocket.ts via frontend/src/hooks/index.ts',
      'static frontend/src/components/pam/Pam.tsx -> frontend/src/hooks/usePamWebSocket.ts',
      'static frontend/src/components/pam/PamAssistant.tsx -> frontend/src/hooks/usePamWebSocketV2.ts',
      'static frontend/src/components/pam/PamFloatingButton.tsx -> frontend/src/hooks/usePamWebSocketConnection.ts',
      're-export frontend/src/hooks/index.ts -> frontend/src/hooks/usePamWebSocket.ts',
      're-export frontend/src/hooks/index.ts -> frontend/src/hooks/usePamWebSocketV2.ts',
      'require frontend/src/legacy/widget.js -> frontend/src/hooks/usePamWebSocketConnection.ts',
      'static frontend/src/pages/ChatPage.tsx -> frontend/src/hooks/usePamWebSocket.ts',
      'type-only frontend/src/pages/SettingsPage.tsx -> frontend/src/hooks/usePamWebSocketConnection.ts',
      'dynamic frontend/src/pages/TripsPage.tsx -> frontend/src/components/pam/PamAssistant.tsx',
      'dynamic frontend/src/services/voiceService.ts -> frontend/src/hooks/usePamWebSocketV2.ts',
    ])
  })

  it('ignores imports written in Python comments and strings (trip_tools.py)', () => {
    expect(violationsOf(report).some((v) => v.file.endsWith('trip_tools.py'))).toBe(false)
  })

  it('finds the re-implemented socket, outside tests (excluded) and canonical files', () => {
    const forbidden = violationsOf(report).filter((v) => v.rule === 'forbidden-signature')
    expect(brief(forbidden)).toEqual(['forbidden-signature frontend/src/services/realtimeService.ts:34'])
    expect(forbidden[0]!.column).toBe(16)
  })

  it('finds components that skip the unified hook', () => {
    const missing = violationsOf(report).filter((v) => v.rule === 'missing-required-import')
    expect(missing.map((v) => v.file)).toEqual([
      'frontend/src/components/pam/Pam.tsx',
      'frontend/src/components/pam/PamAssistant.tsx',
      'frontend/src/components/pam/PamFloatingButton.tsx',
    ])
  })

  it('finds near-copies with renamed identifiers and says which lines copy which', () => {
    const copies = violationsOf(report).filter((v) => v.rule === 'duplicate-logic')
    expect([...new Set(copies.map((v) => `${v.concern} ${v.file} ~ ${v.target}`))]).toEqual([
      'pam-component frontend/src/components/pam/PamMobileSheet.tsx ~ frontend/src/components/pam/Pam.tsx',
      'pam-websocket frontend/src/services/realtimeService.ts ~ frontend/src/services/pamService.ts',
    ])
    // realtimeService copies two separate parts of pamService: two regions, each reported once.
    const socket = copies[1]!
    expect(copies.filter((v) => v.file === socket.file)).toHaveLength(2)
    expect(socket.matches![0]!.tokens).toBeGreaterThan(150)
    expect(socket.message).toMatch(/lines \d+-\d+ copy frontend\/src\/services\/pamService\.ts:\d+-\d+/)
  })

  it('audits importers by module, symbols and form', () => {
    const audit = report.data?.audit as ConcernAudit[]
    const v1 = audit[0]!.modules.find((m) => m.module === 'frontend/src/hooks/usePamWebSocket.ts')!
    expect(v1.exists).toBe(true)
    expect(v1.importers).toBe(4)
    expect(v1.buckets[0]).toEqual({
      symbols: ['usePamWebSocket'],
      how: 'static',
      files: [
        'frontend/src/components/layout/OfflineBanner.tsx',
        'frontend/src/components/pam/Pam.tsx',
        'frontend/src/pages/ChatPage.tsx',
      ],
    })
    const legacy = audit[0]!.modules.find((m) => m.module.endsWith('ws_legacy.py'))!
    expect(legacy.buckets.map((b) => b.symbols.join(','))).toContain(
      'LegacyConnectionManager,broadcast_to_user',
    )
  })
})

describe('the example after the consolidation', () => {
  it('reports zero violations and passes', async () => {
    const dir = await copyExample()
    await consolidate(dir)
    const report = await runWithConfigFile(dir)
    expect(brief(violationsOf(report))).toEqual([])
    expect(report.ok).toBe(true)
    expect((report.data?.concerns as ConcernStatus[]).every((c) => c.status === 'consolidated')).toBe(true)
    expect(report.findings).toEqual([])
  })
})
