/** Imports of JS-family files from oxc-parser's module record: every form, none from comments or strings. */
import { describe, expect, it } from '@jest/globals'
import { parseScript } from '../../src/consolidation/parse-ts.js'

const forms = (file: string, text: string) =>
  parseScript(file, text).imports.map(
    (i) => `${i.kind} ${i.specifier} [${i.names.join(',')}] ${i.line}:${i.column}`,
  )

describe('parseScript', () => {
  it('reads each import form with its kind, names and position', () => {
    const text = [
      "import Pam, { usePam as use } from '@/hooks/usePam'",
      "import type { PamState } from './state'",
      "import { type A, type B } from './types'",
      "import { type C, d } from './mixed'",
      "import * as ns from '../ns'",
      "import './side-effect'",
      "export { useX } from './x'",
      "export * from './all'",
      "export * as grouped from './grouped'",
      "export type { T } from './t'",
      "const lazy = () => import('./lazy')",
      'const tpl = import(`./template`)',
      'const dyn = import(name)',
      "const cjs = require('./cjs')",
      "import legacy = require('./legacy')",
    ].join('\n')
    expect(forms('a.ts', text)).toEqual([
      'static @/hooks/usePam [default,usePam] 1:1',
      'type-only ./state [PamState] 2:1',
      'type-only ./types [A,B] 3:1',
      'static ./mixed [C,d] 4:1',
      'static ../ns [*] 5:1',
      'static ./side-effect [] 6:1',
      're-export ./x [useX] 7:1',
      're-export ./all [*] 8:1',
      're-export ./grouped [*] 9:1',
      'type-only ./t [T] 10:1',
      'dynamic ./lazy [*] 11:20',
      'dynamic ./template [*] 12:13',
      'require ./cjs [*] 14:13',
      'require ./legacy [*] 15:17',
    ])
  })

  it('never takes text in comments or strings for an import', () => {
    const text = [
      "// import old from './usePamWebSocket'",
      "/* require('./usePamWebSocketV2') */",
      'const doc = "import x from \'./nope\'"',
      "const t = `require('./nope')`",
      "import real from './real'",
    ].join('\n')
    expect(forms('a.tsx', text)).toEqual(['static ./real [default] 5:1'])
    expect(parseScript('a.tsx', text).comments).toHaveLength(2)
    // Without the signature search the spans are not collected; the imports are the same.
    const bare = parseScript('a.tsx', text, { comments: false })
    expect(bare.comments).toEqual([])
    expect(bare.imports).toEqual(parseScript('a.tsx', text).imports)
  })

  it('finds require() however the AST text around it reads (JSON-like strings, type arguments)', () => {
    const text = [
      'const json = \'{"name":"require"}\'',
      'const tpl = `"name":"require" require(\'./nope\')`',
      "const typed = require<Mod>('./typed')",
      'const fn = typeof require',
    ].join('\n')
    expect(forms('r.ts', text)).toEqual(['require ./typed [*] 3:15'])
    expect(forms('s.ts', 'const json = \'{"name":"require"}\'')).toEqual([])
  })

  it('parses CommonJS and JSX files by extension', () => {
    expect(forms('w.cjs', "const { a } = require('./a')\nmodule.exports = a")).toEqual([
      'require ./a [*] 1:15',
    ])
    expect(forms('c.jsx', "import X from './x'\nexport const Y = () => <X />")).toEqual([
      'static ./x [default] 1:1',
    ])
  })

  it('reports a syntax error with its position and keeps what it recovered', () => {
    const parsed = parseScript('broken.ts', "import ok from './ok'\nconst x = {;\n")
    expect(parsed.problem).toMatchObject({ line: 2, column: 12 })
    expect(parsed.problem!.message).toMatch(/unexpected/i)
  })

  it('lists the names a file exports itself', () => {
    const parsed = parseScript(
      'e.ts',
      "export const a = 1\nexport default function b() {}\nexport { c } from './c'",
    )
    expect(parsed.exports).toEqual(['a', 'default'])
  })
})
