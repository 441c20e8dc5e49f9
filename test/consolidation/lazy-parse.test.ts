/**
 * oxc's lazy raw transfer (Node 22+) gives the parse of the JSON path, file for file: every import
 * form with its names, local exports, comments and syntax errors. Older runtimes keep the JSON path.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { glob } from 'tinyglobby'
import { lazyParser, loadLazyParser } from '../../src/consolidation/parse-lazy.js'
import { parseScript } from '../../src/consolidation/parse-ts.js'
import { EXAMPLE } from './helpers.js'

const FORMS = [
  "import a, { b as c, 'd-e' as de, type T } from './x'",
  "import * as ns from './n'",
  "import type { Only } from './types'",
  "import './side-effect'",
  "export { e, f as default, g as 'h-i' } from './y'",
  "export * as ns2 from './z'",
  'export * from "./all"',
  "export type { U } from './u'",
  'export const k = 1, { m } = {}',
  'export { k as kk }',
  'export default function named() {}',
  '/* a comment */ const lazy = () => import(`./lazy`)',
  '// require is only a word here',
  'const s = \'require("./in-a-string")\'',
].join('\n')

const BROKEN = "import { ok } from './ok'\nconst x = {;\n"

describe('lazy parse', () => {
  it('reads what the JSON path reads, where the runtime supports it', async () => {
    const files = await glob(['**/*.{ts,tsx,js}'], { cwd: EXAMPLE, ignore: ['**/node_modules/**'] })
    const texts = await Promise.all(
      files.map(async (f) => [f, await readFile(path.join(EXAMPLE, f), 'utf8')] as const),
    )
    const cases = [['forms.tsx', FORMS] as const, ['broken.ts', BROKEN] as const, ...texts]
    // This test file has its own module registry: nothing has loaded the lazy parser yet.
    expect(lazyParser()).toBeUndefined()
    const json = cases.map(([file, text]) => parseScript(file, text))
    const lazy = await loadLazyParser()
    const major = Number(process.versions.node.split('.')[0])
    if (major < 22) {
      expect(lazy).toBeUndefined()
      return
    }
    expect(lazy).toBeDefined()
    expect(cases.map(([file, text]) => parseScript(file, text))).toEqual(json)
    const bare = cases.map(([file, text]) => parseScript(file, text, { comments: false }))
    expect(bare).toEqual(json.map((parsed) => ({ ...parsed, comments: [] })))
    expect(json[0]!.imports.map((i) => `${i.kind} ${i.specifier} [${i.names.join(',')}]`)).toContain(
      'static ./x [default,b,d-e,T]',
    )
    expect(json[1]!.problem).toBeDefined()
  })

  it('finds require() calls spaced or commented, never one in a string', () => {
    const text = [
      "const a = require ('./a')",
      "const b = require /* why */ ('./b')",
      'const c = \'require("./c")\'',
      "import d = require('./d')",
    ].join('\n')
    expect(parseScript('r.ts', text).imports.map((i) => `${i.kind} ${i.specifier}`)).toEqual([
      'require ./a',
      'require ./b',
      'require ./d',
    ])
  })
})
