/**
 * The package as a consumer gets it: `npm pack`, the tarball unpacked as node_modules/launchgate
 * of a small ESM and a small CommonJS project, then `tsc` over each and the ESM one run with Node.
 * The consumers sit inside the repository's .cache so the package's own dependencies resolve from
 * the repository's node_modules, as they would from the consumer's after `npm install`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../support/runner.js'

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc')
let work: string | undefined

/** Writes `files` under `dir`, creating folders. */
function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
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
  mkdirSync(path.join(REPO_ROOT, '.cache'), { recursive: true })
  work = mkdtempSync(path.join(REPO_ROOT, '.cache', 'consumer-'))
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8' }),
  ) as { filename: string }[]
  const unpacked = path.join(work, 'node_modules', 'launchgate')
  mkdirSync(unpacked, { recursive: true })
  execFileSync('tar', ['xzf', path.join(work, packed[0]!.filename), '-C', unpacked, '--strip-components=1'])
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

  it('runs the example from the unpacked tarball', () => {
    const out = execFileSync(process.execPath, [path.join(work!, 'esm', 'run.mjs')], { encoding: 'utf8' })
    const summary = JSON.parse(out) as { problems: number; names: string[] }
    expect(summary.problems).toBe(0)
    expect(summary.names).toEqual(expect.arrayContaining(['get_weather', 'find_campsites']))
  })
})
