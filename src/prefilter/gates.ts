/**
 * Gates that fit the catalogue: the core tools are sent on every request, so no filter that keeps
 * them saves more than 1 - core tokens / all tokens. A gate above that can never pass; it is a
 * configuration mistake to say so with a number that can, not a benchmark failure to chase.
 */
import { ConfigurationError, type SourcePosition } from '../errors.js'
import type { ToolIndex } from './index-build.js'
import { pct } from '../util/percent.js'

/** The core tools' share of a catalogue's tokens and what that leaves to save. */
export interface CoreShare {
  coreTokens: number
  totalTokens: number
  /** 1 - core tokens / all tokens. */
  attainableReduction: number
}

/** The core share of an index, for core tools given as indexes. */
export function coreShare(index: ToolIndex, core: readonly number[]): CoreShare {
  const coreTokens = core.reduce((a, i) => a + index.tokens[i]!, 0)
  const totalTokens = index.totalTokens
  return {
    coreTokens,
    totalTokens,
    attainableReduction: totalTokens === 0 ? 0 : 1 - coreTokens / totalTokens,
  }
}

/**
 * A gate that can pass on this catalogue: 90% of the attainable reduction (relevant tools cost
 * tokens too; about 90% of the non-core part is what a good filter saves), rounded down to 0.01.
 */
export function suggestedGate(share: CoreShare): number {
  return Math.max(0, Math.floor(share.attainableReduction * 0.9 * 100) / 100)
}

/**
 * Why `minTokenReduction` cannot be met, or undefined when it can.
 * @param coreNames the core tools, named in the message
 */
export function impossibleGate(
  minTokenReduction: number,
  share: CoreShare,
  coreNames: readonly string[],
): string | undefined {
  if (minTokenReduction <= share.attainableReduction) return undefined
  return (
    `prefilter.min-token-reduction is ${pct(minTokenReduction)}, but the ${coreNames.length} core tools ` +
    `(${coreNames.join(', ')}) are ${pct(1 - share.attainableReduction)} of the catalogue's ` +
    `${share.totalTokens} tokens, so no filter that sends them can save more than ` +
    `${pct(share.attainableReduction)}. Set min-token-reduction to ${suggestedGate(share)} or less, ` +
    'or move tools out of core-tools.'
  )
}

/** Throws the {@link impossibleGate} message as a configuration error. */
export function assertGatePossible(
  minTokenReduction: number,
  share: CoreShare,
  coreNames: readonly string[],
  position?: SourcePosition,
): void {
  const why = impossibleGate(minTokenReduction, share, coreNames)
  if (why)
    throw new ConfigurationError(why, {
      key: 'prefilter.min-token-reduction',
      ...(position ? { position } : {}),
    })
}
