/**
 * A concern of the config made ready to check: path/glob matchers for its canonical and deprecated
 * modules, compiled signatures and required-import rules. Checking that the canonical files exist
 * is here too: a concern whose "one implementation" is missing is a config mistake, not a pass.
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
  const glob = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false
  return (file) => exact.has(file) || glob(file)
}

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

/**
 * Fails with a {@link ConfigurationError} naming the concern when a canonical path does not exist
 * (or a canonical glob matches nothing), or when two concerns share a name.
 * @param exists tells whether a root-relative file exists (the caller does the I/O).
 */
export function assertConcernsValid(
  concerns: Concern[],
  files: string[],
  exists: (file: string) => boolean,
): void {
  const seen = new Set<string>()
  concerns.forEach((concern, index) => {
    const key = `consolidation.concerns.${index}`
    if (seen.has(concern.name)) {
      throw new ConfigurationError(
        `concern ${concern.name} is declared twice; give each concern a unique name`,
        {
          key: `${key}.name`,
        },
      )
    }
    seen.add(concern.name)
    for (const canonical of concern.canonical) {
      const found = picomatch.scan(canonical).isGlob
        ? files.some(pathMatcher([canonical]))
        : exists(canonical)
      if (!found) {
        throw new ConfigurationError(
          `concern ${concern.name}: canonical file ${canonical} does not exist under the root; fix the path or create the file`,
          { key: `${key}.canonical` },
        )
      }
    }
  })
}
