/** Each rule over a small real repository: what it finds and what it must leave alone. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { runConsolidation } from '../../src/consolidation/run.js'
import { brief, cleanupTemps, configOf, violationsOf, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

const SOCKET = `export function connect(url: string, onMessage: (data: unknown) => void) {
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
  return open()
}
`

async function run(files: Record<string, string>, concern: Record<string, unknown>) {
  const root = await writeRepo(files)
  const config = configOf({ concerns: [{ name: 'socket', canonical: ['src/socket.ts'], ...concern }] })
  return runConsolidation({ root, config, cacheDir: false })
}

describe('forbidden-signature', () => {
  it('matches plain text and /regex/ in code, never in comments or canonical files', async () => {
    const report = await run(
      {
        'src/socket.ts': SOCKET,
        'src/a.ts':
          '// do not call new WebSocket( here\n/* new WebSocket( */\nconst s = new WebSocket("ws://x")\n',
        'src/b.ts': 'const es = new   EventSource("/stream")\n',
      },
      { 'forbidden-signatures': ['new WebSocket(', '/new\\s+EventSource\\(/'] },
    )
    expect(brief(violationsOf(report))).toEqual([
      'forbidden-signature src/a.ts:3',
      'forbidden-signature src/b.ts:1',
    ])
    expect(violationsOf(report)[0]).toMatchObject({ column: 11, symbol: 'new WebSocket(' })
  })
})

describe('concern scope (include/exclude)', () => {
  it('keeps signatures and required imports to the concern scope', async () => {
    const files = {
      'src/socket.ts': SOCKET,
      'src/chat/room.ts': 'const s = new WebSocket("ws://chat")\n',
      'src/speech/stt.ts': 'const s = new WebSocket("wss://speech")\n',
      'scripts/smoke.test.ts': 'const s = new WebSocket("ws://localhost")\n',
      'backup/chat/room.ts': 'const s = new WebSocket("ws://old")\n',
      'src/chat/view.tsx': 'export const View = 1',
      'src/speech/view.tsx': 'export const View = 2',
    }
    const report = await run(files, {
      include: ['src/**'],
      exclude: ['src/speech/**'],
      'forbidden-signatures': ['new WebSocket('],
      'required-imports': [{ files: ['src/**/*.tsx'], import: ['src/socket.ts'] }],
    })
    expect(brief(violationsOf(report))).toEqual([
      'forbidden-signature src/chat/room.ts:1',
      'missing-required-import src/chat/view.tsx:1',
    ])
  })
})

describe('missing-required-import', () => {
  it('requires a real import of a target; a type-only import does not count', async () => {
    const report = await run(
      {
        'src/socket.ts': SOCKET,
        'src/components/ok.tsx': "import { connect } from '../socket'\nexport const Ok = () => connect",
        'src/components/lazy.tsx': "export const load = () => import('../socket')",
        'src/components/types.tsx':
          "import type { connect } from '../socket'\nexport type C = typeof connect",
        'src/components/none.tsx': 'export const None = 1',
      },
      { 'required-imports': [{ files: ['src/components/**'], import: ['src/socket.ts'] }] },
    )
    expect(brief(violationsOf(report))).toEqual([
      'missing-required-import src/components/none.tsx:1',
      'missing-required-import src/components/types.tsx:1',
    ])
    expect(violationsOf(report)[0]!.message).toContain('must import src/socket.ts')
  })
})

describe('duplicate-logic', () => {
  it('finds a copy with renamed identifiers and literals, and names the matching lines', async () => {
    const renamed = SOCKET.replace(/attempts/g, 'tries')
      .replace(/socket/g, 'ws')
      .replace(/onMessage/g, 'handler')
      .replace(/1000/g, '500')
    const report = await run(
      { 'src/socket.ts': SOCKET, 'src/feature/copy.ts': `// copied\n\n${renamed}` },
      { duplicates: true, 'duplicate-min-tokens': 40 },
    )
    const [copy] = violationsOf(report)
    expect(copy).toMatchObject({
      rule: 'duplicate-logic',
      file: 'src/feature/copy.ts',
      target: 'src/socket.ts',
    })
    expect(copy!.matches![0]!.lines[0]).toBeGreaterThanOrEqual(3)
    expect(copy!.matches![0]!.canonicalLines[0]).toBeGreaterThanOrEqual(1)
    expect(copy!.message).toMatch(/lines 3-\d+ copy src\/socket\.ts:1-\d+/)
  })

  it('leaves unrelated code alone', async () => {
    const other =
      'export function sum(xs: number[]) {\n  let total = 0\n  for (const x of xs) total += x\n  return total\n}\n'
    const report = await run({ 'src/socket.ts': SOCKET, 'src/sum.ts': other }, { duplicates: true })
    expect(violationsOf(report)).toEqual([])
  })

  it('finds Python near-copies too', async () => {
    const py = [
      'async def send_to_user(self, user_id, event):',
      '    for websocket in list(self.active.get(user_id, [])):',
      '        try:',
      '            await websocket.send_json(event)',
      '        except RuntimeError:',
      '            logger.warning("dropping closed socket of %s", user_id)',
      '            await self.disconnect(user_id, websocket)',
      '',
    ].join('\n')
    const copy = py.replace(/websocket/g, 'conn').replace(/user_id/g, 'uid')
    const root = await writeRepo({ 'app/manager.py': py, 'app/other.py': `import os\n${copy}` })
    const config = configOf({
      concerns: [{ name: 'ws', canonical: ['app/manager.py'], duplicates: true, 'duplicate-min-tokens': 30 }],
    })
    const report = await runConsolidation({ root, config, cacheDir: false })
    expect(brief(violationsOf(report))).toEqual(['duplicate-logic app/other.py:2'])
  })
})

describe('deprecated-import', () => {
  it('skips importers that are deprecated themselves and follows named re-exports only when used', async () => {
    const report = await run(
      {
        'src/socket.ts': SOCKET,
        'src/old.ts': 'export const oldConnect = 1\nexport const helper = 2',
        'src/older.ts': "import { oldConnect } from './old'",
        'src/index.ts': "export { oldConnect } from './old'\nexport { connect } from './socket'",
        'src/uses-new.ts': "import { connect } from './index'",
        'src/uses-old.ts': "import { oldConnect } from '.'",
      },
      { deprecated: ['src/old.ts', 'src/older.ts'] },
    )
    expect(brief(violationsOf(report))).toEqual([
      'deprecated-import src/index.ts:1',
      'deprecated-file src/old.ts:1',
      'deprecated-file src/older.ts:1',
      'deprecated-import src/uses-old.ts:1',
    ])
    expect(violationsOf(report)[3]).toMatchObject({
      how: 'static',
      via: ['src/index.ts'],
      names: ['oldConnect'],
    })
  })

  it('follows a chain of barrels to a deprecated module, and only the chains that reach one', async () => {
    const report = await run(
      {
        'src/socket.ts': SOCKET,
        'src/old.ts': 'export const oldConnect = 1',
        'src/inner.ts': "export * from './old'",
        'src/outer.ts': "export { oldConnect as legacy } from './inner'\nexport * from './clean'",
        'src/clean.ts': 'export const tidy = 1',
        'src/uses-chain.ts': "import { legacy } from './outer'",
        'src/uses-clean.ts': "import { tidy } from './outer'\nimport { tidy as t } from './clean'",
      },
      { deprecated: ['src/old.ts'] },
    )
    const imports = violationsOf(report).filter((v) => v.rule === 'deprecated-import')
    expect(imports.map((v) => `${v.file} ${(v.via ?? []).join(',')}`)).toEqual([
      'src/inner.ts ',
      'src/outer.ts src/inner.ts',
      'src/uses-chain.ts src/outer.ts,src/inner.ts',
    ])
  })
})
