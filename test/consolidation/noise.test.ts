/** What is not a near-copy: imports, type declarations, literal tables and markup; one finding per region. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { normalisedTokens } from '../../src/consolidation/fingerprint.js'
import { meaningfulTokens } from '../../src/consolidation/noise.js'
import { runConsolidation } from '../../src/consolidation/run.js'
import { cleanupTemps, configOf, violationsOf, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

const kept = (text: string, language: 'js' | 'python' = 'js') =>
  meaningfulTokens(language, normalisedTokens(language, text))
    .map((t) => t.value)
    .join(' ')

describe('meaningful tokens', () => {
  it('drops import and export lists, type-only declarations and enums', () => {
    const text = [
      "import React, { useState, useEffect } from 'react'",
      "import type { A, B } from './types'",
      "import './styles.css'",
      "export { a, b as c } from './x'",
      "export * from './y'",
      'export interface Props {\n  name: string\n  size?: number\n}',
      "type Mode = 'a'\n  | 'b'\n  | 'c'",
      'export enum Color { Red = 1, Green = 2, Blue = 3 }',
      'declare global {\n  interface Window { x: number }\n}',
      'const total = add(1, 2)',
    ].join('\n')
    expect(kept(text)).toBe('const ID = ID ( LIT , LIT )')
  })

  it('collapses literal tables and constant declarations, and keeps the logic around them', () => {
    expect(kept("export const NOT_FOUND = 'team/not_found' as const\nfail(NOT_FOUND)")).toBe('ID ( ID )')
    expect(kept('const menu = [copy, paste, SEPARATOR, selectAll]\nshow(menu)')).toBe('ID ( ID )')
    expect(kept("const LANGS = ['en', 'fr', 'de', 'es']\nrun(LANGS)")).toBe('ID ( ID )')
    expect(kept("const MAP = { a: 'x', b: 'y', c: { d: 1, e: 2, f: 3 } }")).toBe('')
    expect(kept('if (x) { y(1, 2, 3) }')).toContain('if ( ID ) {')
  })

  it('drops markup but keeps the expressions in braces', () => {
    const jsx =
      'return (\n  <div className="flex">\n    <button type="button" onClick={() => onClose(id)} aria-label="Close">\n      <X className="h-4 w-4" />\n    </button>\n    Don\'t go\n  </div>\n)'
    expect(kept(jsx)).toBe('return ( ( ) => ID ( ID ) )')
    expect(kept('const ok = a < b && c > d')).toBe('const ID = ID < ID && ID > ID')
  })

  it('drops Python imports and literal tables', () => {
    const py = "from a import (\n    b,\n    c,\n)\nimport os\nNAMES = ['a', 'b', 'c']\nrun(NAMES)\n"
    expect(kept(py, 'python')).toBe('ID ( ID ) NL')
  })
})

describe('duplicate-logic precision', () => {
  const canonical = [
    "import { useState, useEffect, useCallback, useMemo, useRef } from 'react'",
    "import { Button, Dialog, DialogContent, DialogHeader, DialogTitle } from '@/components/ui/dialog'",
    "export enum Status { Idle = 'idle', Loading = 'loading', Ready = 'ready', Failed = 'failed' }",
    "export const LABELS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']",
    'export function Panel({ onClose }: { onClose: () => void }) {',
    '  return (',
    '    <div className="absolute right-2 top-2">',
    '      <button type="button" className="rounded p-1 hover:bg-muted" aria-label="Close" onClick={onClose}>',
    '        <XIcon className="h-4 w-4" aria-hidden="true" />',
    '      </button>',
    '    </div>',
    '  )',
    '}',
    '',
  ].join('\n')

  it('ignores files that share only imports, enums, string lists and a close button', async () => {
    const other = canonical.replace('Panel', 'Other').replace("'one'", "'uno'")
    const root = await writeRepo({ 'src/panel.tsx': canonical, 'src/other.tsx': other })
    const config = configOf({
      concerns: [
        { name: 'panel', canonical: ['src/panel.tsx'], duplicates: true, 'duplicate-min-tokens': 30 },
      ],
    })
    const report = await runConsolidation({ root, config, cacheDir: false })
    expect(violationsOf(report)).toEqual([])
  })

  it('reports a copy once even when the canonical repeats the copied code', async () => {
    const body = [
      'export function retry(fn, times) {',
      '  let attempt = 0',
      '  while (attempt < times) {',
      '    try { return fn(attempt) } catch (error) { attempt += 1; if (attempt >= times) throw error }',
      '    const delay = Math.min(30000, 500 * 2 ** attempt)',
      '    sleepFor(delay + Math.random() * delay)',
      '  }',
      '}',
    ].join('\n')
    const twice = `${body}\n${body.replace('retry', 'retryAgain')}\n`
    const root = await writeRepo({ 'src/retry.ts': twice, 'src/copy.ts': body.replace(/attempt/g, 'n') })
    const config = configOf({
      concerns: [
        { name: 'retry', canonical: ['src/retry.ts'], duplicates: true, 'duplicate-min-tokens': 40 },
      ],
    })
    const report = await runConsolidation({ root, config, cacheDir: false })
    const found = violationsOf(report)
    expect(found).toHaveLength(1)
    expect(found[0]!.matches![0]!.similarity).toBeGreaterThan(0.75)
  })
})
