/** `consolidation discover` on fixture repositories with planted clusters and tool-made copies. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { toolCopies } from '../../src/consolidation/discover/copies.js'
import { stemOf } from '../../src/consolidation/discover/links.js'
import type { DiscoveredConcern } from '../../src/consolidation/discover/propose.js'
import { runDiscover } from '../../src/consolidation/discover/run.js'
import { runConsolidation } from '../../src/consolidation/run.js'
import { cleanupTemps, configOf, consolidationCli, violationsOf, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

const SOCKET = (name: string) => `export function ${name}(url: string, onMessage: (data: unknown) => void) {
  let attempts = 0
  const open = () => {
    const socket = new WebSocket(url)
    socket.onmessage = (event) => onMessage(JSON.parse(event.data))
    socket.onclose = () => {
      if (attempts < 5) {
        attempts += 1
        setTimeout(open, 1000 * 2 ** attempts)
      }
    }
    return socket
  }
  const socket = open()
  const send = (type: string, payload: unknown) => {
    if (socket.readyState !== WebSocket.OPEN) return false
    socket.send(JSON.stringify({ type, payload, sentAt: Date.now() }))
    return true
  }
  return { socket, send, close: () => socket.close(1000, 'bye') }
}
`
const ORCHESTRATOR = `export async function orchestrate(steps: Array<() => Promise<number>>, budget: number) {
  const results: number[] = []
  let spent = 0
  for (const step of steps) {
    if (spent >= budget) break
    const started = Date.now()
    try {
      results.push(await step())
    } catch (error) {
      console.warn('step failed', error)
      results.push(-1)
    }
    spent += Date.now() - started
  }
  return { results, spent, complete: results.length === steps.length }
}
`

/** A repository with three planted clusters and tool-made copies. */
const FILES: Record<string, string> = {
  // Cluster 1: chat sockets (same name, same external API), the first is imported three times.
  'src/realtime/chatSocket.ts': `import { backoff } from './chatSocketHelpers'\n${SOCKET('connectChat')}`,
  'src/realtime/chatSocketV2.ts': `import { backoff } from './chatSocketHelpers'\n${SOCKET('connectChatV2').replace('1000', '500')}`,
  // A part of both (they import it), and a string naming the API: neither is an implementation.
  'src/realtime/chatSocketHelpers.ts': 'export const backoff = (n: number) => 2 ** n\n',
  'src/docs/apis.ts': "export const API = 'new WebSocket(' + ''\nexport const B = `new WebSocket(`\n",
  'src/hooks/useChatSocketEnhanced.ts': `export const useChatSocket = () => { const s = new WebSocket('/ws'); return s }\n`,
  'src/pages/a.ts': "import { connectChat } from '../realtime/chatSocket'\nexport const a = connectChat",
  'src/pages/b.ts': "import { connectChat } from '../realtime/chatSocket'\nexport const b = connectChat",
  'src/pages/c.ts': "import { connectChat } from '../realtime/chatSocket'\nexport const c = connectChat",
  'src/pages/d.ts':
    "import { connectChatV2 } from '../realtime/chatSocketV2'\nexport const d = connectChatV2",
  // Cluster 2: an orchestrator copied under an unrelated name (near-duplicate bodies only).
  'src/agent/runner.ts': ORCHESTRATOR,
  'src/tasks/executor.ts': ORCHESTRATOR.replace(/results/g, 'outputs').replace('orchestrate', 'execute'),
  'src/pages/e.ts': "import { execute } from '../tasks/executor'\nexport const e = execute",
  // Tool-made copies.
  'src/utils/format.ts': 'export const format = (n: number) => n.toFixed(2)\n',
  'src/utils/format 2.ts': 'export const format = (n: number) => n.toFixed(2)\n',
  'src/utils/parse copy.ts': 'export const parse = Number\n',
  'src/utils/parse.ts': 'export const parse = Number\n',
  'src/legacy.ts.old': 'export const legacy = 1\n',
  'src/legacy.ts': 'export const legacy = 2\n',
  'backup/src/utils/format.ts': 'export const format = (n: number) => n.toFixed(1)\n',
  // Not clusters: a test of the socket, unrelated modules with role names.
  'src/realtime/chatSocket.test.ts': "import { connectChat } from './chatSocket'\nconnectChat('x', () => 1)",
  'src/api/client.ts': 'export const get = (u: string) => fetch(u)\n',
  'src/db/client.ts': 'export const query = (q: string) => q.length\n',
}

describe('consolidation discover', () => {
  it('proposes the planted clusters with the most imported module as canonical, and the copies', async () => {
    const root = await writeRepo(FILES)
    const report = await runDiscover({ root, config: configOf({}), cacheDir: false })
    const concerns = report.data!.concerns as DiscoveredConcern[]
    const byName = Object.fromEntries(concerns.map((c) => [c.name, c]))
    expect(Object.keys(byName).sort()).toEqual(['chat-socket', 'runner', 'tool-copies'])

    const chat = byName['chat-socket']!
    expect(chat.canonical).toEqual(['src/realtime/chatSocket.ts'])
    expect(chat.deprecated).toEqual(['src/hooks/useChatSocketEnhanced.ts', 'src/realtime/chatSocketV2.ts'])
    expect(chat.importers).toMatchObject({
      'src/realtime/chatSocket.ts': 4,
      'src/realtime/chatSocketV2.ts': 1,
    })
    expect(new Set(chat.evidence.map((e) => e.kind))).toEqual(
      new Set(['near-duplicate', 'same-name', 'external-api']),
    )
    expect(chat.signatures).toEqual(['new WebSocket('])

    const runner = byName['runner']!
    expect(runner.canonical).toEqual(['src/tasks/executor.ts'])
    expect(runner.deprecated).toEqual(['src/agent/runner.ts'])
    expect(runner.evidence.map((e) => e.kind)).toEqual(['near-duplicate'])

    const copies = byName['tool-copies']!
    expect(copies.canonical).toEqual(['src/legacy.ts', 'src/utils/format.ts', 'src/utils/parse.ts'])
    expect(copies.deprecated).toEqual([
      'backup/src/utils/format.ts',
      'src/legacy.ts.old',
      'src/utils/format 2.ts',
      'src/utils/parse copy.ts',
    ])
  })

  it('writes a snippet that is a valid config whose check then finds the deprecated modules', async () => {
    const root = await writeRepo(FILES)
    const report = await runDiscover({ root, config: configOf({}), cacheDir: false })
    const config = parseConfig(report.data!.snippet as string, 'snippet.yml')
    expect(config.consolidation.concerns.map((c) => c.name)).toEqual(['chat-socket', 'runner', 'tool-copies'])
    const check = await runConsolidation({ root, config: config.consolidation, cacheDir: false })
    const rules = violationsOf(check).map((v) => `${v.concern} ${v.rule} ${v.file}`)
    expect(rules).toContain('chat-socket deprecated-import src/pages/d.ts')
    expect(rules).toContain('tool-copies deprecated-file src/utils/format 2.ts')
    expect(rules).not.toContain('chat-socket forbidden-signature src/realtime/chatSocket.ts')
  })

  it('runs from the CLI with --root before or after discover, as one JSON document', async () => {
    const root = await writeRepo(FILES)
    for (const argv of [
      ['discover', '--root', root, '--format', 'json', '--no-cache'],
      ['--root', root, 'discover', '--format', 'json', '--no-cache'],
    ]) {
      const run = await consolidationCli(argv)
      expect(run.code).toBe(0)
      const doc = JSON.parse(run.stdout) as { concerns: Array<{ name: string; canonical: string[] }> }
      expect(doc.concerns.map((c) => c.name)).toEqual(['chat-socket', 'runner', 'tool-copies'])
    }
  })

  it('finds nothing to propose in a repository with one implementation of everything', async () => {
    const root = await writeRepo({ 'src/a.ts': SOCKET('a'), 'src/b.ts': ORCHESTRATOR })
    const report = await runDiscover({ root, config: configOf({}), cacheDir: false })
    expect(report.data!.concerns).toEqual([])
    expect(report.data!.snippet).toBe('')
  })
})

describe('names', () => {
  it('strips hook prefixes, roles and versions from stems', () => {
    expect(stemOf('src/hooks/usePamWebSocketV2.ts')).toEqual(['pam', 'web', 'socket'])
    expect(stemOf('src/services/pam_websocket_service.py')).toEqual(['pam', 'websocket'])
    expect(stemOf('src/index.ts')).toEqual([])
  })

  it('tells tool-made copies from names that only look like them', () => {
    const files = [
      'a/x 2.ts',
      'a/x.ts',
      'a/y (1).tsx',
      'a/use-copy.ts',
      'a/v2.ts',
      'old/a/z.py',
      'a/z.py',
      'a/q.js.bak',
    ]
    const set = new Set(files)
    expect(toolCopies(files, (f) => set.has(f))).toEqual([
      { copy: 'a/x 2.ts', original: 'a/x.ts', pattern: 'name N.ext' },
      { copy: 'a/y (1).tsx', pattern: 'name (N).ext' },
      { copy: 'old/a/z.py', original: 'a/z.py', pattern: 'old/ folder' },
      { copy: 'a/q.js.bak', pattern: 'name.ext.old' },
    ])
  })
})
