/** Bad input: a missing canonical file, unparsable sources, symlink loops and huge generated files. */
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { runConsolidation } from '../../src/consolidation/run.js'
import { render } from '../../src/report/index.js'
import { ConfigurationError } from '../../src/errors.js'
import { cleanupTemps, configOf, violationsOf, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

const concern = { name: 'socket', canonical: ['src/socket.ts'], deprecated: ['src/old.ts'] }

describe('bad input', () => {
  it('a canonical file that does not exist fails that concern by name; the others still run', async () => {
    const root = await writeRepo({
      'src/a.ts': "import { old } from './old'",
      'src/old.ts': 'export const old = 1',
      'src/chat.ts': 'export const chat = 1',
      'src/legacy-chat.ts': 'export const chat = 1',
      'src/b.ts': "import { chat } from './legacy-chat'",
    })
    const chat = { name: 'chat', canonical: ['src/chat.ts'], deprecated: ['src/legacy-chat.ts'] }
    const report = await runConsolidation({
      root,
      config: configOf({ concerns: [concern, chat] }),
      cacheDir: false,
    })
    expect(report.ok).toBe(false)
    const missing = violationsOf(report).filter((v) => v.rule === 'missing-canonical')
    expect(missing).toEqual([
      expect.objectContaining({ concern: 'socket', file: 'src/socket.ts', status: 'new' }),
    ])
    expect(missing[0]!.message).toMatch(/concern socket: canonical file src\/socket\.ts does not exist/)
    expect(
      violationsOf(report)
        .filter((v) => v.concern === 'chat')
        .map((v) => v.rule),
    ).toEqual(['deprecated-import', 'deprecated-file'])
    const statuses = report.data!.concerns as Array<{ concern: string; status: string }>
    expect(statuses.map((s) => `${s.concern} ${s.status}`)).toEqual(['socket broken', 'chat in-progress'])
  })

  it('two concerns of one name are a ConfigurationError', async () => {
    const root = await writeRepo({ 'src/socket.ts': 'export {}' })
    const run = runConsolidation({
      root,
      config: configOf({ concerns: [concern, concern] }),
      cacheDir: false,
    })
    await expect(run).rejects.toBeInstanceOf(ConfigurationError)
    await expect(run).rejects.toThrow(/concern socket is declared twice/)
  })

  it('reports unparsable files as LOW parse-error findings and keeps scanning', async () => {
    const root = await writeRepo({
      'src/socket.ts': 'export const connect = 1',
      'src/old.ts': 'export const old = 1',
      'src/broken.ts': "import { old } from './old'\nconst x = {;\n",
      'src/after.ts': "import { old } from './old'",
    })
    const report = await runConsolidation({
      root,
      config: configOf({ concerns: [concern] }),
      cacheDir: false,
    })
    const parse = report.findings.filter((f) => f.rule === 'parse-error')
    expect(parse).toEqual([expect.objectContaining({ file: 'src/broken.ts', line: 2, severity: 'LOW' })])
    expect(violationsOf(report).map((v) => `${v.rule} ${v.file}`)).toEqual([
      'deprecated-import src/after.ts',
      'deprecated-import src/broken.ts',
      'deprecated-file src/old.ts',
    ])
  })

  it('does not follow a symlink loop and skips files over the size cap', async () => {
    const root = await writeRepo({
      'src/socket.ts': 'export const connect = 1',
      'src/generated/bundle.js': `import './old'\n${'var x = 1;\n'.repeat(20_000)}`,
    })
    await mkdir(path.join(root, 'src/deep'))
    await symlink(path.join(root, 'src'), path.join(root, 'src/deep/loop'), 'dir')
    await writeFile(path.join(root, 'src/deep/user.ts'), "import { connect } from '../socket'")
    const config = configOf({ concerns: [concern], 'max-file-bytes': 100_000 })
    const report = await runConsolidation({ root, config, cacheDir: false })
    expect(report.data?.skipped).toEqual(['src/generated/bundle.js'])
    expect((report.data?.stats as { sources: number }).sources).toBe(3)
    expect(report.ok).toBe(true)
  })

  it('still finds the imports of files over the size cap, and reports them in every format', async () => {
    // The import of the deprecated module sits across the 64 KB chunk boundary of the text scan.
    const padding = 'var x = 1;\n'.repeat(5957)
    const root = await writeRepo({
      'src/socket.ts': 'export const connect = 1',
      'src/old.ts': 'export const old = 1',
      'src/generated/bundle.js': `${padding}import { old } from '../old'\n${'var y = 2;\n'.repeat(20_000)}`,
      'src/generated/lazy.js': `${'var z = 3;\n'.repeat(20_000)}const m = import('../old')\n`,
      'app/huge.py': `${'x = 1\n'.repeat(40_000)}from .legacy import (\n    thing,\n)\n`,
      'app/legacy.py': 'thing = 1\n',
    })
    const config = configOf({
      concerns: [{ ...concern, deprecated: ['src/old.ts', 'app/legacy.py'] }],
      'max-file-bytes': 100_000,
    })
    const report = await runConsolidation({ root, config, cacheDir: false })
    expect(report.data?.skipped).toEqual(['app/huge.py', 'src/generated/bundle.js', 'src/generated/lazy.js'])
    const imports = violationsOf(report).filter((v) => v.rule === 'deprecated-import')
    expect(imports.map((v) => `${v.file}:${v.line} ${v.how}`)).toEqual([
      'app/huge.py:40001 static',
      'src/generated/bundle.js:5958 static',
      'src/generated/lazy.js:20001 dynamic',
    ])
    for (const format of ['text', 'markdown', 'sarif'] as const) {
      const out = render(report, format, { tool: { name: 'launchgate', version: '0' } })
      expect(out).toContain('src/generated/bundle.js')
      expect(out).toContain('skipped-file')
    }
  })

  it('an invalid /regex/ signature is a ConfigurationError naming the concern', async () => {
    const root = await writeRepo({ 'src/socket.ts': 'export {}' })
    const config = configOf({ concerns: [{ ...concern, 'forbidden-signatures': ['/new (WebSocket/'] }] })
    await expect(runConsolidation({ root, config, cacheDir: false })).rejects.toThrow(
      /concern socket: forbidden signature/,
    )
  })
})
