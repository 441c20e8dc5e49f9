/**
 * The package as a consumer gets it: `npm pack`, then `npm install <tarball>` into an empty project
 * outside the repository (so nothing resolves from the repository's node_modules: what dist/ loads
 * at run time must come with the package or its dependencies), `tsc` over a small ESM and a small
 * CommonJS consumer, and the ESM one and the CLI run with Node.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { installPacked, writeTree } from './packed.js'

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc')
let work: string | undefined

/** Bytes of every file under `dir`. */
function treeBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0)
}

/** `tsc -p` over a consumer; the status and what it printed. */
function typeCheck(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [TSC, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

const TSCONFIG = JSON.stringify({
  compilerOptions: {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    strict: true,
    noEmit: true,
    types: [],
    // As most consumers do: the package's own dependencies' declarations are not theirs to check.
    skipLibCheck: true,
  },
  include: ['*.ts'],
})

// The README's own example: read a tool catalogue, filter it for a message.
const USE = `
const { tools, problems } = readTools([
  { name: 'get_weather', description: 'Weather forecast for a place', parameters: { type: 'object' } },
  { name: 'find_campsites', description: 'Campsites near a place', parameters: { type: 'object' } },
])
const prefilter = new ToolPrefilter(tools, { coreTools: ['get_weather'] })
const result: PrefilterResult = prefilter.filter('campsites near Moab')
const names: string[] = result.tools.map((t) => t.name)
export const summary = { problems: problems.length, names }
`

beforeAll(() => {
  work = installPacked('lg-consumer-')
  writeTree(path.join(work, 'esm'), {
    'package.json': JSON.stringify({ type: 'module' }),
    'tsconfig.json': TSCONFIG,
    'index.ts': `import { ToolPrefilter, readTools, type PrefilterResult } from 'launchgate'\n${USE}`,
    'run.mjs': `import { ToolPrefilter, readTools } from 'launchgate'\n${USE.replace(': PrefilterResult', '').replace(': string[]', '')}\nconsole.log(JSON.stringify(summary))\n`,
  })
  writeTree(path.join(work, 'cjs'), {
    'package.json': JSON.stringify({ type: 'commonjs' }),
    'tsconfig.json': TSCONFIG,
    'index.ts': `import { ToolPrefilter, readTools, type PrefilterResult } from 'launchgate'\n${USE}`,
  })
  writeTree(path.join(work, 'wrong'), {
    'package.json': JSON.stringify({ type: 'module' }),
    'tsconfig.json': TSCONFIG,
    'index.ts': `import { ToolPrefilter } from 'launchgate'\nexport const p = new ToolPrefilter(42)\n`,
  })
}, 120_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packed package', () => {
  it('ships declarations named by its exports', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(work!, 'node_modules/launchgate/package.json'), 'utf8'),
    )
    expect(manifest.exports['.'].types).toBe('./dist/types/index.d.ts')
    expect(readFileSync(path.join(work!, 'node_modules/launchgate/dist/types/index.d.ts'), 'utf8')).toContain(
      'ToolPrefilter',
    )
  })

  it('type-checks an ESM consumer and a CommonJS consumer of the README example', () => {
    expect(typeCheck(path.join(work!, 'esm'))).toEqual({ status: 0, output: '' })
    expect(typeCheck(path.join(work!, 'cjs'))).toEqual({ status: 0, output: '' })
  }, 120_000)

  it('gives real types, not any: a wrong argument fails the consumer type-check', () => {
    const wrong = typeCheck(path.join(work!, 'wrong'))
    expect(wrong.status).not.toBe(0)
    expect(wrong.output).toMatch(/index\.ts\(2,\d+\): error TS2345: Argument of type 'number'/)
  }, 120_000)

  it('installs lean: the bundle, its wasm and native parts, no bundled library twice', () => {
    const installed = readdirSync(path.join(work!, 'node_modules')).filter((n) => !n.startsWith('.'))
    expect(installed).toContain('launchgate')
    for (const bundled of ['zod', 'eslint', 'typescript', 'playwright-core', 'gpt-tokenizer', 'openai']) {
      expect(installed).not.toContain(bundled)
    }
    // The .node bindings come from the platform's optional dependency, not the tarball.
    const dist = readdirSync(path.join(work!, 'node_modules/launchgate/dist'))
    expect(dist.filter((f) => f.endsWith('.node') || f.endsWith('.map'))).toEqual([])
    // The vendored optional peers (dist/vendor/) are the actions'; a consumer installs its own.
    expect(dist).not.toContain('vendor')
    // The tokenizer's ranks come as JSON beside the bundle, read on the first count.
    expect(dist).toContain('o200k_base.json.br')
    // The goal figure: a consumer's install stays under 60 MB; declarations repeat no data.
    expect(treeBytes(path.join(work!, 'node_modules'))).toBeLessThanOrEqual(60e6)
    expect(treeBytes(path.join(work!, 'node_modules/launchgate/dist/types'))).toBeLessThan(1e6)
  })

  it('runs the CLI from the install, native parser included (its binding from the optional dependency)', () => {
    const repo = path.join(work!, 'repo')
    writeTree(repo, {
      'a.ts': "import x from './b'\nexport const y = x\n",
      'b.ts': 'export default 1\n',
      '.github/launchgate.yml':
        'version: 1\nconsolidation:\n  concerns:\n    - name: one\n      canonical: [a.ts]\n      deprecated: [b.ts]\n',
    })
    const run = spawnSync(
      process.execPath,
      [
        path.join(work!, 'node_modules/.bin/launchgate'),
        'consolidation',
        '--root',
        repo,
        '--no-cache',
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    )
    expect(run.stderr).not.toMatch(/Cannot find|binding/i)
    const report = JSON.parse(run.stdout) as { violations: Array<{ rule: string; file: string }> }
    expect(report.violations).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'deprecated-import', file: 'a.ts' })]),
    )
  }, 60_000)

  it('runs the example from the installed tarball', () => {
    const out = execFileSync(process.execPath, [path.join(work!, 'esm', 'run.mjs')], { encoding: 'utf8' })
    const summary = JSON.parse(out) as { problems: number; names: string[] }
    expect(summary.problems).toBe(0)
    expect(summary.names).toEqual(expect.arrayContaining(['get_weather', 'find_campsites']))
  })
})
