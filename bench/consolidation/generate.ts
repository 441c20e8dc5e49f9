/**
 * The generated corpus of the consolidation benchmark: a TypeScript monorepo of `files` source files
 * (10,000 by default) in workspace packages, with tsconfig `paths` aliases declared in a base config
 * that every package's tsconfig `extends`. Two deprecated modules in `packages/shared` are imported
 * in every form the check knows (alias, relative, dynamic `import()`, `require()`, type-only,
 * re-export barrel), at fixed rates, so each tool has the same known importers to find.
 * Deterministic: the same `files` always writes the same tree.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Files per package; `files / PACKAGE_SIZE` packages besides `shared`. */
const PACKAGE_SIZE = 250
const AREAS = ['api', 'components', 'hooks', 'models', 'services', 'utils', 'views', 'store']

/** The deprecated modules of the generated monorepo, relative to its root. */
export const GENERATED_DEPRECATED = [
  'packages/shared/src/legacy/httpClient.ts',
  'packages/shared/src/legacy/socket.ts',
]

/** The launchgate config of the generated monorepo: one concern over the deprecated modules. */
const CONFIG = `version: 1
consolidation:
  cache: .launchgate/cache
  concerns:
    - name: http-client
      canonical: [packages/shared/src/index.ts]
      deprecated: [${GENERATED_DEPRECATED.join(', ')}]
`

/** A small LCG: the tree must not depend on Math.random. */
function rng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

interface Module {
  pkg: string
  /** Path under the package's `src/`, without extension. */
  local: string
  ext: '.ts' | '.tsx'
}

const fileOf = (m: Module) => `packages/${m.pkg}/src/${m.local}${m.ext}`

/** Writes the monorepo into `dir` (emptied first) and returns the number of source files written. */
export async function generateMonorepo(dir: string, files = 10_000): Promise<number> {
  await rm(dir, { recursive: true, force: true })
  const random = rng(42)
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!
  const packages = Array.from(
    { length: Math.max(1, Math.round(files / PACKAGE_SIZE)) - 1 },
    (_, i) => `pkg-${String(i).padStart(2, '0')}`,
  )
  const modules: Module[] = []
  for (const pkg of ['shared', ...packages]) {
    for (let i = 0; modules.length < files - 1 && i < PACKAGE_SIZE - 1; i++) {
      const area = AREAS[i % AREAS.length]!
      modules.push({
        pkg,
        local: `${area}/m${i}`,
        ext: area === 'components' || area === 'views' ? '.tsx' : '.ts',
      })
    }
  }
  const out = new Map<string, string>()
  out.set('package.json', json({ name: 'generated-monorepo', private: true, workspaces: ['packages/*'] }))
  out.set(
    'tsconfig.base.json',
    json({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        baseUrl: '.',
        paths: {
          '@shared/*': ['packages/shared/src/*'],
          ...Object.fromEntries(packages.map((p) => [`@${p}/*`, [`packages/${p}/src/*`]])),
        },
      },
    }),
  )
  out.set('tsconfig.json', json({ extends: './tsconfig.base.json', include: ['packages'] }))
  for (const pkg of ['shared', ...packages]) {
    out.set(
      `packages/${pkg}/package.json`,
      json({ name: `@mono/${pkg}`, version: '1.0.0', main: 'src/index.ts' }),
    )
    out.set(`packages/${pkg}/tsconfig.json`, json({ extends: '../../tsconfig.base.json', include: ['src'] }))
  }
  out.set(GENERATED_DEPRECATED[0]!, legacyModule('HttpClient', 'request'))
  out.set(GENERATED_DEPRECATED[1]!, legacyModule('LegacySocket', 'connect'))
  out.set('packages/shared/src/index.ts', "export * from './legacy/socket'\nexport const VERSION = '1'\n")

  const byPackage = new Map<string, Module[]>()
  for (const m of modules) byPackage.set(m.pkg, [...(byPackage.get(m.pkg) ?? []), m])
  modules.forEach((m, n) => {
    const siblings = byPackage.get(m.pkg)!.filter((o, i) => o !== m && i < 40)
    out.set(fileOf(m), moduleText(m, n, { siblings, all: modules }, random, pick))
  })
  out.set('.github/launchgate.yml', CONFIG)
  for (const pkg of packages) {
    const own = modules.filter((m) => m.pkg === pkg).slice(0, 20)
    out.set(
      `packages/${pkg}/src/index.ts`,
      own.map((m) => `export * as ${ident(m)} from './${m.local}'\n`).join(''),
    )
  }
  for (const [file, text] of out) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  return [...out.keys()].filter((f) => /\.tsx?$/.test(f)).length
}

function moduleText(
  m: Module,
  n: number,
  near: { siblings: Module[]; all: Module[] },
  random: () => number,
  pick: <T>(items: T[]) => T,
): string {
  const lines: string[] = [`// ${fileOf(m)}: generated module ${n}`]
  for (let i = 0; i < 2; i++)
    lines.push(`import { value as s${i} } from '${relative(m, pick(near.siblings))}'`)
  const other = pick(near.all)
  if (other.pkg !== m.pkg) lines.push(`import { value as a0 } from '@${other.pkg}/${other.local}'`)
  if (n % 7 === 0) lines.push("import React from 'react'")
  if (n % 11 === 0) lines.push(`import { VERSION } from '@mono/shared'`)
  lines.push(...deprecatedUse(m, n))
  lines.push(
    `/** A comment that mentions import x from '@shared/legacy/httpClient' and is not an import. */`,
    `export const value = ${Math.floor(random() * 1000)} + s0 + s1`,
    `export function run${n}(input: number): number {`,
    `  const text = "require('@shared/legacy/socket') in a string is not an import"`,
    `  return input * ${n % 13} + text.length`,
    `}`,
  )
  if (m.ext === '.tsx') lines.push(`export const View${n} = () => <div>{value}</div>`)
  return `${lines.join('\n')}\n`
}

/** About 1 file in 25 uses a deprecated module, cycling through every import form. */
function deprecatedUse(m: Module, n: number): string[] {
  if (n % 25 !== 3 || m.pkg === 'shared') return []
  const forms = [
    "import { HttpClient } from '@shared/legacy/httpClient'",
    `import { HttpClient } from '${relativePath(`packages/${m.pkg}/src/${m.local}`, 'packages/shared/src/legacy/httpClient')}'`,
    "export const lazy = () => import('@shared/legacy/socket')",
    "// eslint-disable-next-line\nconst legacy = require('@shared/legacy/httpClient')\nexport { legacy }",
    "import type { LegacySocket } from '@shared/legacy/socket'\nexport type Socket = LegacySocket",
    "export { LegacySocket } from '@shared/legacy/socket'",
  ]
  return [forms[Math.floor(n / 25) % forms.length]!]
}

function legacyModule(name: string, method: string): string {
  return `/** Deprecated: use the unified client. */\nexport class ${name} {\n  ${method}(url: string): string {\n    return url\n  }\n}\n`
}

function relative(from: Module, to: Module): string {
  return relativePath(`packages/${from.pkg}/src/${from.local}`, `packages/${to.pkg}/src/${to.local}`)
}

function relativePath(from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to)
  return rel.startsWith('.') ? rel : `./${rel}`
}

function ident(m: Module): string {
  return m.local.replace(/\W/g, '_')
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
