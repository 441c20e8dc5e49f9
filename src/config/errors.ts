/**
 * Turns YAML syntax errors and schema issues into messages that name the file, line, column, key
 * and what was expected. Pure: works on the parsed document and the issue list.
 */
import type { z } from 'zod'
import { isMap, isPair, isScalar, type Document, type LineCounter, type Node } from 'yaml'
import type { SourcePosition } from '../errors.js'

export interface ConfigProblem {
  position: SourcePosition
  key: string
  message: string
}

type Path = ReadonlyArray<PropertyKey>

/** Dotted key for messages: `consolidation.concerns[0].name`. */
export function keyPath(path: Path): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`
    return acc ? `${acc}.${String(part)}` : String(part)
  }, '')
}

/** Describes one schema issue in the user's words, with the allowed keys for an unknown key. */
export function describeIssue(issue: z.core.$ZodIssue, allowedKeys: (path: Path) => string[]): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(issue.path)
      const where = issue.path.length ? ` in ${keyPath(issue.path)}` : ' at the top level'
      return `unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}${where}; expected one of: ${allowed.join(', ')}`
    }
    case 'invalid_type': {
      const received = (issue as { input?: unknown }).input
      const got = received === undefined ? 'nothing (the key is required)' : describeValue(received)
      return `${keyPath(issue.path) || 'the file'}: expected ${issue.expected}, got ${got}`
    }
    case 'invalid_value':
      return `${keyPath(issue.path)}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'too_small':
    case 'too_big':
      return `${keyPath(issue.path)}: ${issue.message.replace(/^Too (small|big): /, '')}`
    default:
      return `${keyPath(issue.path) || 'the file'}: ${issue.message}`
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  // YAML reads 1e999 and .inf as infinity, .nan as not-a-number; JSON would print both as null.
  if (typeof value === 'number' && Number.isNaN(value)) return 'not a number (.nan); write a finite number'
  if (typeof value === 'number' && !Number.isFinite(value))
    return `${value < 0 ? 'minus ' : ''}infinity (a number too large to hold, such as 1e999 or .inf); write a finite number`
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${JSON.stringify(value)}`
}

/**
 * Where in the file an issue points: the offending key for an unknown key, the value otherwise,
 * or the nearest existing parent when the key is missing.
 */
export function issueOffset(doc: Document, issue: z.core.$ZodIssue): number {
  if (issue.code === 'unrecognized_keys') {
    const map = nodeAt(doc, issue.path)
    if (isMap(map)) {
      const pair = map.items.find(
        (p) => isPair(p) && isScalar(p.key) && issue.keys.includes(String(p.key.value)),
      )
      const key = pair?.key as Node | undefined
      if (key?.range) return key.range[0]
    }
  }
  for (let depth = issue.path.length; depth >= 0; depth--) {
    const node = nodeAt(doc, issue.path.slice(0, depth))
    if (node?.range) return node.range[0]
  }
  return 0
}

function nodeAt(doc: Document, path: Path): Node | undefined {
  if (path.length === 0) return (doc.contents as Node | null) ?? undefined
  const node = doc.getIn(path as unknown[], true)
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined
}

/** 1-based line and column of an offset. */
export function positionOf(file: string, lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset)
  return { file, line, column: col }
}

/** Keys a JSON Schema allows at a path (follows properties, items and anyOf/oneOf). */
export function allowedKeysAt(schema: Record<string, unknown>, path: Path): string[] {
  let node: Record<string, unknown> | undefined = schema
  for (const part of path) {
    node = step(node, part)
    if (!node) return []
  }
  const props = firstWith(node, 'properties')?.properties as Record<string, unknown> | undefined
  return props ? Object.keys(props) : []
}

function step(
  node: Record<string, unknown> | undefined,
  part: PropertyKey,
): Record<string, unknown> | undefined {
  if (typeof part === 'number') return firstWith(node, 'items')?.items as Record<string, unknown> | undefined
  const props = firstWith(node, 'properties')?.properties as
    Record<string, Record<string, unknown>> | undefined
  return props?.[String(part)]
}

function firstWith(
  node: Record<string, unknown> | undefined,
  key: string,
): Record<string, unknown> | undefined {
  if (!node) return undefined
  if (key in node) return node
  for (const alt of [...((node.anyOf as unknown[]) ?? []), ...((node.oneOf as unknown[]) ?? [])]) {
    const found = firstWith(alt as Record<string, unknown>, key)
    if (found) return found
  }
  return undefined
}
