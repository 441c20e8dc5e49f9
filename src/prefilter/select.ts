/**
 * The cut: which tools to send given each one's relevance. Adaptive on the score distribution (keep
 * what scores close to the best match), with a floor so a weak best match never leaves the model
 * a single guess, and a budget in tools and tokens that mandatory tools never lose to.
 */
import type { KeepReason } from './types.js'

/** How relevance turns into a kept set. */
export interface CutOptions {
  /** Keep tools whose relevance is at least this share of the best match's. */
  threshold: number
  /** Keep at least this many matching tools (when that many match at all). */
  minTools: number
  /** Keep at most this many tools chosen by relevance (besides core and recent ones). */
  maxRelevant: number
  /** Budget for the whole request, core and recent tools included. */
  maxTools?: number
  maxTokens?: number
}

// Tuned on dev splits only (BFCL hash-split dev, Seal-Tools dev.jsonl, MetaTool hash-split dev).
export const DEFAULT_CUT: CutOptions = { threshold: 0.35, minTools: 8, maxRelevant: 14 }

/**
 * The cut for a catalogue of `size` tools: the floor and the cap shrink with small catalogues
 * (at most ~6% and ~12% of the tools by count) so a 50-tool app still saves 80%+ of its tokens.
 */
export function cutFor(options: CutOptions, size: number): CutOptions {
  return {
    ...options,
    minTools: Math.min(options.minTools, Math.max(3, Math.round(size * 0.06))),
    maxRelevant: Math.min(options.maxRelevant, Math.max(5, Math.round(size * 0.12))),
  }
}

/** A tool chosen so far and why. */
export interface Choice {
  doc: number
  reasons: KeepReason[]
}

/** Adds a reason to the choice of `doc`, creating it when new. */
export function choose(chosen: Map<number, Choice>, doc: number, reason: KeepReason): void {
  const choice = chosen.get(doc)
  if (!choice) chosen.set(doc, { doc, reasons: [reason] })
  else if (!choice.reasons.includes(reason)) choice.reasons.push(reason)
}

/**
 * Picks tools by relevance into `chosen`, best first, until the cut or the budget stops it.
 * @param relevance each tool's relevance, 0..1
 * @param tokens each tool's token count
 * @param reasonOf why a tool is kept (relevance, context, category...)
 * @param favoured tools of the current page or a category the message names
 */
export function cut(
  chosen: Map<number, Choice>,
  relevance: Float64Array,
  tokens: readonly number[],
  options: CutOptions,
  reasonOf: (doc: number) => KeepReason[],
  favoured: ReadonlySet<number> = new Set(),
): void {
  // Only tools at half the threshold or more can pass once the floor is met: sort those first, and
  // the long tail of faint matches only when the floor still needs them (rare, and the same result).
  const strong: number[] = []
  const faint: number[] = []
  for (let i = 0; i < relevance.length; i++) {
    const r = relevance[i]!
    if (r >= options.threshold / 2) strong.push(i)
    else if (r > 0) faint.push(i)
  }
  // Ties break by catalogue position, so the same input always keeps the same tools.
  const byRelevance = (a: number, b: number) => relevance[b]! - relevance[a]! || a - b
  const state = { usedTokens: 0, picked: 0 }
  for (const doc of chosen.keys()) state.usedTokens += tokens[doc]!
  const pass = { relevance, tokens, options, reasonOf, favoured }
  if (take(chosen, strong.sort(byRelevance), state, pass)) take(chosen, faint.sort(byRelevance), state, pass)
}

/** What {@link take} reads. */
interface CutPass {
  relevance: Float64Array
  tokens: readonly number[]
  options: CutOptions
  reasonOf: (doc: number) => KeepReason[]
  favoured: ReadonlySet<number>
}

/** Picks from `ranked` in order; true when it ran out of tools before the cut stopped it. */
function take(
  chosen: Map<number, Choice>,
  ranked: readonly number[],
  state: { usedTokens: number; picked: number },
  { relevance, tokens, options, reasonOf, favoured }: CutPass,
): boolean {
  for (const doc of ranked) {
    if (state.picked >= options.maxRelevant) return false
    // Tools the page or category favours pass at half the threshold; others stop the cut.
    const threshold = favoured.has(doc) ? options.threshold / 2 : options.threshold
    if (state.picked >= options.minTools && relevance[doc]! < threshold) {
      if (favoured.size === 0 || relevance[doc]! < options.threshold / 2) return false
      continue
    }
    if (chosen.has(doc)) {
      for (const r of reasonOf(doc)) choose(chosen, doc, r)
      continue
    }
    if (options.maxTools !== undefined && chosen.size >= options.maxTools) return false
    // A tool over the token budget is skipped, not a stop: a smaller relevant one may still fit.
    if (options.maxTokens !== undefined && state.usedTokens + tokens[doc]! > options.maxTokens) continue
    for (const r of reasonOf(doc)) choose(chosen, doc, r)
    state.usedTokens += tokens[doc]!
    state.picked++
  }
  return true
}

/**
 * Adds tools in catalogue order while the budget allows: the safe fallback when nothing in the
 * message matched (keep more, not fewer).
 */
export function fill(
  chosen: Map<number, Choice>,
  docs: Iterable<number>,
  tokens: readonly number[],
  options: CutOptions,
  reason: KeepReason,
): void {
  let usedTokens = 0
  for (const doc of chosen.keys()) usedTokens += tokens[doc]!
  for (const doc of docs) {
    if (chosen.has(doc)) continue
    if (options.maxTools !== undefined && chosen.size >= options.maxTools) break
    if (options.maxTokens !== undefined && usedTokens + tokens[doc]! > options.maxTokens) continue
    choose(chosen, doc, reason)
    usedTokens += tokens[doc]!
  }
}
