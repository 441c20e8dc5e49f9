/**
 * Heavy packages that only some commands need and that a project usually has already (TypeScript,
 * playwright-core): the npm package lists them as optional peer dependencies instead of carrying
 * them, as typescript-eslint does with `typescript`. The actions run from the repository at a sha
 * with no node_modules, so the committed dist/ vendors each one beside the bundle
 * (dist/vendor/<name>.cjs, left out of the npm tarball). One way to load them everywhere: the
 * vendored copy when it is there, else the project's installed package, else a sentence saying
 * what to install (a finding or a NOT RUN line, never a stack trace).
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/** A package launchgate loads at run time but leaves to the project to install. */
export interface OptionalPeer {
  /** The npm package. */
  name: string
  /** The versions that work: package.json's `peerDependencies` range (test/package checks they agree). */
  range: string
  /** What needs it, in the user's words. */
  usedFor: string
}

/** TypeScript, for typescript-eslint's parser: the review's ESLint pass over .ts and .tsx files. */
export const TYPESCRIPT: OptionalPeer = {
  name: 'typescript',
  range: '>=4.8.4 <6.1.0',
  usedFor: 'parsing TypeScript in the review',
}

/** playwright-core, which drives the browser of the `browser` and visual smoke tests. */
export const PLAYWRIGHT: OptionalPeer = {
  name: 'playwright-core',
  range: '>=1.40.0 <2',
  usedFor: 'the browser smoke tests',
}

/** Every optional peer, for the manifest test and the bundler. */
export const OPTIONAL_PEERS: readonly OptionalPeer[] = [TYPESCRIPT, PLAYWRIGHT]

/** Neither the vendored copy nor an installed package: what to run to get it. */
export class MissingPeerError extends Error {
  override readonly name: string = 'MissingPeerError'
  constructor(readonly peer: OptionalPeer) {
    super(missingPeer(peer))
  }
}

/** The command that installs `peer` at a version launchgate supports. */
export function installCommand(peer: OptionalPeer): string {
  return `npm install --save-dev ${peer.name}@"${peer.range}"`
}

/** The sentence a report prints when `peer` is missing. */
export function missingPeer(peer: OptionalPeer): string {
  return `${peer.name} (${peer.range}) is needed for ${peer.usedFor} but is not installed: ${installCommand(peer)}`
}

const nodeRequire = createRequire(import.meta.url)

/** dist/vendor/<name>.cjs beside the bundle (import.meta.url is a file of the flat dist/). */
function vendored(peer: OptionalPeer): string | undefined {
  const file = fileURLToPath(new URL(`./vendor/${peer.name}.cjs`, import.meta.url))
  return existsSync(file) ? file : undefined
}

/** Whether `error` says `name` itself could not be found (not one of its own imports). */
function notFound(error: unknown, name: string): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown }
  return code === 'MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(`'${name}'`)
}

/**
 * Where `peer` would load from: the vendored copy, else the installed package's entry, found
 * without running it (a caller that only needs to know can ask before loading anything heavy).
 */
export function findPeer(peer: OptionalPeer): { file: string } | { missing: string } {
  const file = vendored(peer)
  if (file) return { file }
  try {
    return { file: nodeRequire.resolve(peer.name) }
  } catch (error) {
    if (notFound(error, peer.name)) return { missing: missingPeer(peer) }
    throw error
  }
}

/**
 * The module of `peer`, loaded synchronously (a CommonJS dependency may `require` it at its own
 * load): the vendored copy, else the installed package.
 * @throws MissingPeerError when neither is there
 */
export function requirePeer<T>(peer: OptionalPeer): T {
  const found = findPeer(peer)
  if ('missing' in found) throw new MissingPeerError(peer)
  return nodeRequire(found.file) as T
}

/** {@link requirePeer} for callers that report a missing peer instead of failing. */
export function loadPeer<T>(peer: OptionalPeer): { module: T } | { missing: string } {
  const found = findPeer(peer)
  return 'missing' in found ? found : { module: nodeRequire(found.file) as T }
}
