import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ConfigFileError, loadConfig, parseConfig } from '../src/config/load.js'
import { ConfigurationError } from '../src/errors.js'

const FILE = '.github/launchgate.yml'

function problemOf(text: string): ConfigFileError {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigFileError)
    return error as ConfigFileError
  }
  throw new Error('expected the config to be rejected')
}

describe('config', () => {
  it('fills the launch plan defaults when the file is empty', () => {
    const config = parseConfig('', FILE)
    expect(config.prefilter['min-token-reduction']).toBe(0.8)
    expect(config.prefilter['core-tools']).toEqual(['get_time', 'get_location'])
    expect(config.monitor.thresholds).toEqual({
      'error-rate': 0.05,
      'websocket-failure-rate': 0.1,
      'p95-ms': 5000,
    })
    expect(config.review.agents).toHaveLength(7)
    expect(config.deploy['source-branch']).toBe('staging')
  })

  it('accepts the concern registry shape of the consolidation issue', () => {
    const config = parseConfig(
      [
        'consolidation:',
        "  include: ['**/*']",
        "  exclude: ['**/*.test.*']",
        '  concerns:',
        '    - name: pam-websocket',
        '      canonical: [frontend/src/services/pamService.ts, frontend/src/hooks/usePamWebSocketUnified.ts]',
        '      deprecated: [frontend/src/hooks/usePamWebSocket.ts, backend/app/services/pam/ws_legacy.py]',
        "      forbidden-signatures: ['new WebSocket(']",
        '      required-imports:',
        "        - files: ['frontend/src/components/pam/**']",
        '          import: [frontend/src/hooks/usePamWebSocketUnified.ts]',
        '      duplicates: true',
      ].join('\n'),
      FILE,
    )
    const concern = config.consolidation.concerns[0]!
    expect(concern['forbidden-signatures']).toEqual(['new WebSocket('])
    expect(concern['required-imports'][0]!.import).toEqual(['frontend/src/hooks/usePamWebSocketUnified.ts'])
  })

  it('names file, line and column of a YAML syntax error', () => {
    const error = problemOf('monitor:\n  thresholds: {error-rate: 0.05\n')
    expect(error.message).toMatch(/^\.github\/launchgate\.yml:\d+:\d+: YAML syntax error/)
    expect(error.position?.line).toBeGreaterThanOrEqual(2)
  })

  it('names the unknown key, where it is and what was expected', () => {
    const error = problemOf('monitor:\n  environment: production\n  treshold: 3\n')
    expect(error.position).toEqual({ file: FILE, line: 3, column: 3 })
    expect(error.key).toBe('monitor')
    expect(error.message).toContain("unknown key 'treshold' in monitor")
    expect(error.message).toContain('expected one of: environment, window-hours, thresholds, dry-run')
  })

  it('names a wrong type with the value it got', () => {
    const error = problemOf('prefilter:\n  min-token-reduction: "lots"\n')
    expect(error.message).toBe(
      `${FILE}:2:24: prefilter.min-token-reduction: expected number, got string "lots"`,
    )
    expect(error.key).toBe('prefilter.min-token-reduction')
  })

  it('points into lists and reports every problem, not just the first', () => {
    const error = problemOf(
      [
        'consolidation:',
        '  concerns:',
        '    - name: a',
        '      canonical: []',
        '    - canonical: [x.ts]',
        'review:',
        '  provider: gpt',
      ].join('\n'),
    )
    expect(error.problems.map((p) => p.key)).toEqual([
      'consolidation.concerns.0.canonical',
      'consolidation.concerns.1.name',
      'review.provider',
    ])
    expect(error.problems[0]!.position.line).toBe(4)
    expect(error.problems[1]!.message).toContain('expected string, got nothing (the key is required)')
    expect(error.problems[2]!.message).toContain('expected one of "offline", "anthropic", "openai"')
    expect(error.problems[2]!.position).toEqual({ file: FILE, line: 7, column: 13 })
  })

  it('rejects duplicate keys, which YAML would otherwise silently overwrite', () => {
    expect(problemOf('review:\n  provider: offline\n  provider: openai\n').message).toMatch(
      /:3:3: YAML syntax error.*unique/,
    )
  })

  it('uses defaults without a file, but fails on an explicit path that does not exist', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'lg-config-'))
    await expect(loadConfig({ root })).resolves.toEqual({ config: parseConfig('', FILE) })
    await expect(loadConfig({ root, configPath: 'missing.yml' })).rejects.toThrow(ConfigurationError)
    await mkdir(path.join(root, '.github'))
    await writeFile(path.join(root, FILE), 'review:\n  min-score: 9\n')
    const loaded = await loadConfig({ root })
    expect(loaded.file).toBe(FILE)
    expect(loaded.config.review['min-score']).toBe(9)
  })
})
