/**
 * The package manifest stays in step with what the bundle loads at run time: oxc's per-platform
 * native bindings are optional dependencies at exactly the versions oxc-parser and oxc-resolver
 * expect (a bump of either without them would install a binding the bundle refuses), and the
 * supported Node floor is one that every runtime dependency accepts.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { OPTIONAL_PEERS, TYPESCRIPT } from '../../src/util/optional-module.js'
import { REPO_ROOT } from '../support/runner.js'

interface Manifest {
  version: string
  engines?: { node?: string }
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  files?: string[]
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Manifest
const own = read(path.join(REPO_ROOT, 'package.json'))
const resolve = createRequire(path.join(REPO_ROOT, 'package.json'))
// Read from the folder: a package's `exports` may not list its package.json.
const manifestOf = (name: string) => read(path.join(REPO_ROOT, 'node_modules', name, 'package.json'))
// semver ships with npm's toolchain in node_modules; its range grammar is not worth rewriting.
const semver = resolve('semver') as {
  satisfies(version: string, range: string): boolean
  minVersion(range: string): { version: string }
}

describe('the package manifest', () => {
  it('lists oxc’s platform bindings as optional dependencies at the versions oxc asks for', () => {
    const wanted = {
      ...manifestOf('oxc-parser').optionalDependencies,
      ...manifestOf('oxc-resolver').optionalDependencies,
    }
    expect(own.optionalDependencies).toEqual(wanted)
  })

  it('declares a Node floor every runtime dependency accepts', () => {
    const floor = semver.minVersion(own.engines!.node!).version
    expect(semver.satisfies(floor, '>=22')).toBe(true)
    const installedBinding = Object.keys(own.optionalDependencies ?? {}).filter((name) =>
      existsSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json')),
    )
    expect(installedBinding.length).toBeGreaterThan(0)
    for (const name of [...Object.keys(own.dependencies ?? {}), ...installedBinding]) {
      const range = manifestOf(name).engines?.node
      if (range) expect({ name, accepts: semver.satisfies(floor, range) }).toEqual({ name, accepts: true })
    }
  })

  it('lists the loader’s optional peers as optional peer dependencies, at the ranges its messages name', () => {
    const peers = Object.fromEntries(OPTIONAL_PEERS.map((p) => [p.name, p.range]))
    expect(own.peerDependencies).toEqual(peers)
    for (const name of Object.keys(peers))
      expect(own.peerDependenciesMeta?.[name]).toEqual({ optional: true })
    // The versions the repository builds and tests with (and vendors for the actions) are in range.
    for (const peer of OPTIONAL_PEERS)
      expect({ peer: peer.name, ok: semver.satisfies(manifestOf(peer.name).version, peer.range) }).toEqual({
        peer: peer.name,
        ok: true,
      })
    // TypeScript's range is typescript-eslint's own: a parser bump that narrows it fails here.
    expect(TYPESCRIPT.range).toBe(manifestOf('@typescript-eslint/parser').peerDependencies?.typescript)
    // The vendored copies are the actions', not the npm package's.
    expect(own.files).toContain('!dist/vendor')
  })
})
