/**
 * Forbidden signatures: plain text, or `/regex/flags`. They are searched in code only: comment
 * spans reported by the parser are skipped, so `// never call new WebSocket( here` is not a hit.
 */
import { ConfigurationError } from '../errors.js'
import { LineIndex } from './positions.js'
import type { SignatureHit } from './types.js'

/** A signature ready to search: plain text or a global regex. */
export interface CompiledSignature {
  signature: string
  text?: string
  regex?: RegExp
}

/** Compiles a signature; a `/.../` that is not a valid regex is a config error naming it. */
export function compileSignature(signature: string, concern: string): CompiledSignature {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(signature)
  if (!m) return { signature, text: signature }
  try {
    return { signature, regex: new RegExp(m[1]!, m[2]!.includes('g') ? m[2] : `${m[2]}g`) }
  } catch (error) {
    throw new ConfigurationError(
      `concern ${concern}: forbidden signature ${signature} is not a valid regular expression (${(error as Error).message})`,
      { key: 'consolidation.concerns.forbidden-signatures', cause: error },
    )
  }
}

/** Every place a signature occurs in `text` outside the comment spans, at 1-based line:column. */
export function findSignatures(
  text: string,
  comments: Array<[number, number]>,
  signatures: CompiledSignature[],
): SignatureHit[] {
  const hits: SignatureHit[] = []
  let lines: LineIndex | undefined
  const inComment = (offset: number) => comments.some(([s, e]) => offset >= s && offset < e)
  for (const sig of signatures) {
    for (const offset of occurrences(text, sig)) {
      if (inComment(offset)) continue
      lines ??= new LineIndex(text)
      hits.push({ signature: sig.signature, ...lines.at(offset) })
    }
  }
  return hits
}

function occurrences(text: string, sig: CompiledSignature): number[] {
  const out: number[] = []
  if (sig.text !== undefined) {
    for (let i = text.indexOf(sig.text); i !== -1; i = text.indexOf(sig.text, i + sig.text.length))
      out.push(i)
    return out
  }
  const regex = new RegExp(sig.regex!)
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    out.push(m.index)
    if (m[0] === '') regex.lastIndex++
  }
  return out
}
