/** Resolution on the resolved file: tsconfig chains per package, workspaces without node_modules, Python packages. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { ParseCache } from '../../src/consolidation/cache.js'
import { buildGraph } from '../../src/consolidation/graph.js'
import type { ImportGraph } from '../../src/consolidation/types.js'
import { cleanupTemps, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

async function graphOf(files: Record<string, string>): Promise<ImportGraph> {
  const root = await writeRepo(files)
  const { graph } = await buildGraph({
    root,
    include: ['**/*'],
    exclude: [],
    maxFileBytes: 1_000_000,
    signatures: [],
    fingerprint: () => false,
    cache: await ParseCache.open(undefined),
  })
  return graph
}

const targets = (graph: ImportGraph, file: string) =>
  graph.files.get(file)!.imports.map((i) => `${i.specifier} -> ${i.target ?? 'unresolved'}`)

describe('resolving JS/TS imports', () => {
  it('resolves imports of files with # in their path, and one such file never fails its folder', async () => {
    const graph = await graphOf({
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      'package.json': '{ "name": "app", "imports": { "#lib/*": "./src/lib/*" } }',
      'src/lib/x.ts': 'export const x = 1',
      'src/comp/a#b.tsx': 'export const y = 1',
      // Sorted before ok.tsx: with the per-folder cache it used to fail first and for both.
      'src/comp/c#d.tsx': "import { x } from '@/lib/x'",
      'src/comp/ok.tsx':
        "import { x } from '@/lib/x'\nimport { y } from './a#b'\nimport { x as z } from '#lib/x.ts'",
      'src/pages/#admin/page.tsx': "import { x } from '@/lib/x'\nimport { y } from '@/comp/a#b'",
    })
    expect(targets(graph, 'src/comp/c#d.tsx')).toEqual(['@/lib/x -> src/lib/x.ts'])
    expect(targets(graph, 'src/comp/ok.tsx')).toEqual([
      '@/lib/x -> src/lib/x.ts',
      './a#b -> src/comp/a#b.tsx',
      '#lib/x.ts -> src/lib/x.ts',
    ])
    expect(targets(graph, 'src/pages/#admin/page.tsx')).toEqual([
      '@/lib/x -> src/lib/x.ts',
      '@/comp/a#b -> src/comp/a#b.tsx',
    ])
  })

  it('uses the nearest tsconfig of each file, its extends chain, paths and baseUrl', async () => {
    const graph = await graphOf({
      'tsconfig.base.json': '{ "compilerOptions": { "baseUrl": "." } }',
      'apps/web/tsconfig.json': '{ "extends": "./tsconfig.paths.json" }',
      'apps/web/tsconfig.paths.json':
        '{ "extends": "../../tsconfig.base.json", "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      'apps/web/src/hooks/useA.ts': 'export const a = 1',
      'apps/web/src/hooks/index.ts': "export * from './useA'",
      'apps/web/src/page.tsx':
        "import { a } from '@/hooks/useA'\nimport { a as b } from './hooks'\nimport c from './data.json'\nimport r from 'react'",
      'apps/web/src/data.json': '{}',
      'apps/admin/tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["lib/*"] } } }',
      'apps/admin/lib/hooks/useA.ts': 'export const a = 2',
      'apps/admin/page.ts': "import { a } from '@/hooks/useA'\nimport { x } from './esm.js'",
      'apps/admin/esm.ts': 'export const x = 1',
    })
    expect(targets(graph, 'apps/web/src/page.tsx')).toEqual([
      '@/hooks/useA -> apps/web/src/hooks/useA.ts',
      './hooks -> apps/web/src/hooks/index.ts',
      './data.json -> apps/web/src/data.json',
      'react -> unresolved',
    ])
    expect(targets(graph, 'apps/admin/page.ts')).toEqual([
      '@/hooks/useA -> apps/admin/lib/hooks/useA.ts',
      './esm.js -> apps/admin/esm.ts',
    ])
  })

  it('resolves one relative target spelled from different folders once, to the same file', async () => {
    const graph = await graphOf({
      'src/a/x.ts': "import { y } from '../b/y'\nimport { z } from '../b/'",
      'src/b/user.ts': "import { y } from './y'\nimport { y as w } from '.'\nimport { q } from './y/'",
      'src/b/y.ts': 'export const y = 1',
      'src/b/y/index.ts': 'export const q = 1',
      'src/b/index.ts': 'export const z = 1',
    })
    expect(targets(graph, 'src/a/x.ts')).toEqual(['../b/y -> src/b/y.ts', '../b/ -> src/b/index.ts'])
    expect(targets(graph, 'src/b/user.ts')).toEqual([
      './y -> src/b/y.ts',
      '. -> src/b/index.ts',
      './y/ -> src/b/y/index.ts',
    ])
  })

  it('maps workspace package names to their folders without node_modules', async () => {
    const graph = await graphOf({
      'package.json': '{ "private": true, "workspaces": ["packages/*"] }',
      'packages/protocol/package.json': '{ "name": "@acme/protocol", "main": "dist/index.js" }',
      'packages/protocol/src/index.ts': 'export const v = 3',
      'packages/protocol/src/events.ts': 'export const e = 1',
      'packages/web/package.json': '{ "name": "@acme/web" }',
      'packages/web/app.ts': "import { v } from '@acme/protocol'\nimport { e } from '@acme/protocol/events'",
    })
    expect(targets(graph, 'packages/web/app.ts')).toEqual([
      '@acme/protocol -> packages/protocol/src/index.ts',
      '@acme/protocol/events -> packages/protocol/src/events.ts',
    ])
  })
})

describe('resolving Python imports', () => {
  it('resolves absolute, relative, package __init__ and submodule-vs-name imports', async () => {
    const graph = await graphOf({
      'backend/app/__init__.py': '',
      'backend/app/core/__init__.py': 'from .config import settings',
      'backend/app/core/config.py': 'settings = {}',
      'backend/app/services/__init__.py': '',
      'backend/app/services/pam/__init__.py': '',
      'backend/app/services/pam/ws_legacy.py': 'X = 1',
      'backend/app/services/pam/tools/__init__.py': '',
      'backend/app/services/pam/tools/trip.py': [
        'import app.services.pam.ws_legacy',
        'from app.services.pam.ws_legacy import X',
        'from app.services.pam import ws_legacy, missing_name',
        'from ..ws_legacy import X as Y',
        'from ... import pam',
        'from app.core import settings',
        'import requests',
      ].join('\n'),
    })
    expect(targets(graph, 'backend/app/services/pam/tools/trip.py')).toEqual([
      'app.services.pam.ws_legacy -> backend/app/services/pam/ws_legacy.py',
      'app.services.pam.ws_legacy -> backend/app/services/pam/ws_legacy.py',
      'app.services.pam -> backend/app/services/pam/__init__.py',
      'app.services.pam -> backend/app/services/pam/ws_legacy.py',
      'ws_legacy -> backend/app/services/pam/ws_legacy.py',
      ' -> backend/app/services/pam/__init__.py',
      'app.core -> backend/app/core/__init__.py',
      'requests -> unresolved',
    ])
    const fromPackage = graph.files.get('backend/app/services/pam/tools/trip.py')!.imports[2]!
    expect(fromPackage.names).toEqual(['missing_name'])
  })
})
