/**
 * A concern of the config made ready to check: path/glob matchers for its canonical and deprecated
 * modules, its scope, compiled signatures and required-import rules. Finding the canonical files
 * that do not exist is here too: a concern whose "one implementation" is missing is a mistake of
 * that concern, reported under its name, not a pass and not a reason to stop checking the others.
 */
import picomatch from 'picomatch'
import type { ConcernConfig } from '../config/sections/consolidation.js'
import { ConfigurationError } from '../errors.js'
import { compileSignature, type CompiledSignature } from './signatures.js'

/** Tests a root-relative path against paths or globs. */
export type PathMatcher = (file: string) => boolean

/** A required-import rule: every file matching `files` imports one module matching `targets`. */
export interface RequiredImport {
  files: PathMatcher
  targets: PathMatcher
  /** The configured targets, for messages and the baseline symbol. */
  spec: string[]
}

/** A concern with its matchers compiled. */
export interface Concern {
  name: string
  canonical: string[]
  deprecated: string[]
  isCanonical: PathMatcher
  isDeprecated: PathMatcher
  /**
   * Where signatures, required imports and duplicates apply: the concern's include minus its
   * exclude. `new WebSocket(` belongs to the chat concern, not to speech-to-text or test scripts.
   */
  inScope: PathMatcher
  signatures: CompiledSignature[]
  required: RequiredImport[]
  duplicates: boolean
  duplicateMinTokens: number
}

/** Matches exact paths (with `./` or `\` tolerated) and globs. */
export function pathMatcher(patterns: string[]): PathMatcher {
  const normal = patterns.map(normalisePath)
  const exact = new Set(normal.filter((p) => !picomatch.scan(p).isGlob))
  const globs = normal.filter((p) => picomatch.scan(p).isGlob)
  if (globs.some((g) => EVERYTHING.has(g))) return () => true
  if (globs.length === 0) return (file) => exact.has(file)
  const glob = picomatch(globs, { dot: true })
  // The rules ask about the same paths once per import and per concern: each is matched once.
  const seen = new Map<string, boolean>()
  return (file) => {
    let matched = seen.get(file)
    if (matched === undefined) seen.set(file, (matched = exact.has(file) || glob(file)))
    return matched
  }
}

/** Globs that match every root-relative path (the default include): no matcher needed. */
const EVERYTHING = new Set(['**', '**/*'])

/** A config path as the graph spells paths: forward slashes, no leading `./`. */
export function normalisePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')
}

/** Compiles a concern of the config. */
export function compileConcern(config: ConcernConfig): Concern {
  return {
    name: config.name,
    canonical: config.canonical.map(normalisePath),
    deprecated: config.deprecated.map(normalisePath),
    isCanonical: pathMatcher(config.canonical),
    isDeprecated: pathMatcher(config.deprecated),
    inScope: scopeMatcher(config.include, config.exclude),
    signatures: config['forbidden-signatures'].map((s) => compileSignature(s, config.name)),
    required: config['required-imports'].map((r) => ({
      files: pathMatcher(r.files),
      targets: pathMatcher(r.import),
      spec: r.import.map(normalisePath),
    })),
    duplicates: config.duplicates,
    duplicateMinTokens: config['duplicate-min-tokens'],
  }
}

/** Include minus exclude; the default include (every file) matches every path. */
function scopeMatcher(include: string[], exclude: string[]): PathMatcher {
  const included = pathMatcher(include)
  const excluded = exclude.length > 0 ? pathMatcher(exclude) : () => false
  return (file) => included(file) && !excluded(file)
}

/** A canonical path (or a glob matching nothing) that does not exist under the root. */
export interface MissingCanonical {
  concern: string
  /** Index of the concern in the config, for the dotted key of messages. */
  index: number
  canonical: string
}

/**
 * Fails with a {@link ConfigurationError} when two concerns share a name: the baseline and the
 * report key everything by concern name, so the config cannot be read at all.
 */
export function assertUniqueNames(concerns: Array<{ name: string }>): void {
  const seen = new Set<string>()
  concerns.forEach((concern, index) => {
    if (seen.has(concern.name)) {
      throw new ConfigurationError(
        `concern ${concern.name} is declared twice; give each concern a unique name`,
        { key: `consolidation.concerns.${index}.name` },
      )
    }
    seen.add(concern.name)
  })
}

/**
 * The canonical paths that do not exist (and canonical globs that match nothing), per concern.
 * @param files the files the canonical globs are matched against
 * @param exists tells whether a root-relative file exists (the caller does the I/O)
 */
export function missingCanonicals(
  concerns: Array<{ name: string; canonical: string[] }>,
  files: string[],
  exists: (file: string) => boolean,
): MissingCanonical[] {
  return concerns.flatMap((concern, index) =>
    concern.canonical.map(normalisePath).flatMap((canonical) => {
      const found = picomatch.scan(canonical).isGlob
        ? files.some(pathMatcher([canonical]))
        : exists(canonical)
      return found ? [] : [{ concern: concern.name, index, canonical }]
    }),
  )
}

/** The message for a missing canonical file, in the report and in `config`. */
export function missingCanonicalMessage(missing: MissingCanonical): string {
  return `concern ${missing.concern}: canonical file ${missing.canonical} does not exist under the root; fix the path or create the file`
}
