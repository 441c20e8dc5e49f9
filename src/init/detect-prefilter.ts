/**
 * What `init` proposes for the prefilter from the tool registry it found: the core tools (sent on
 * every request) and gates the catalogue can meet. Core tools are the ambient-context readers every
 * page needs (the current time, the user's location, who the user is): a getter that takes no
 * required input and names only such context. The reduction gate stays below what those core
 * tools leave to save (1 - core tokens / all tokens), so the proposed config never asks the impossible.
 */
import { describeError } from '../errors.js'
import { suggestedGate, type CoreShare } from '../prefilter/gates.js'
import { words } from '../prefilter/text.js'
import { parseToolFile } from '../prefilter/tool-file.js'
import { toolTokens } from '../prefilter/tokens.js'
import type { Tool } from '../prefilter/types.js'
import { pct } from '../util/percent.js'

/** A proposed prefilter section, with the reasons `init` prints. */
export interface PrefilterProposal {
  coreTools: string[]
  /** Gate: never above the attainable reduction. */
  minTokenReduction: number
  /** Reported, not gated: the plan's 87%, or what the catalogue allows. */
  targetTokenReduction: number
  /** 1 - core tokens / all tokens: the most any filter that sends the core tools can save. */
  attainableReduction: number
  /** One line per decision, for the init report. */
  reasons: string[]
}

// Words naming ambient context a message may lean on without saying so ("is it open now?").
const CONTEXT_NOUNS = new Set(
  'time date datetime now today clock timezone location position whereabouts gps coordinates user me whoami profile account session locale'.split(
    ' ',
  ),
)
// Verbs and fillers of a plain getter's name.
const READ_WORDS = new Set('get fetch read current my show'.split(' '))
/** At most this many core tools: each is paid on every request. */
const MAX_CORE = 3
/** Core tools above this share of the catalogue's tokens are not proposed (too dear on every request). */
const MAX_CORE_SHARE = 0.2
/** The plan's figures: gate 80%, aim 87%. */
const PLAN_GATE = 0.8
const PLAN_TARGET = 0.87

function requiredInputs(tool: Tool): number {
  const required = tool.parameters.required
  return Array.isArray(required) ? required.length : 0
}

/** True for a getter of ambient context: `get_time`, `get_user_location`, `get_me`, `current_user`. */
export function readsContext(tool: Tool): boolean {
  if (requiredInputs(tool) > 0) return false
  const nouns = words(tool.name).filter((w) => !READ_WORDS.has(w))
  return nouns.length > 0 && nouns.every((w) => CONTEXT_NOUNS.has(w))
}

/**
 * Core tools and gates for a catalogue.
 * @param tools the registry's tools, in file order
 */
export function proposeForTools(tools: readonly Tool[]): PrefilterProposal {
  const tokens = tools.map((t) => toolTokens(t))
  const total = tokens.reduce((a, b) => a + b, 0)
  const reasons: string[] = []
  const core: number[] = []
  let coreTokens = 0
  tools.forEach((tool, i) => {
    if (!readsContext(tool)) return
    if (core.length >= MAX_CORE) {
      reasons.push(`${tool.name} also reads context; not core (at most ${MAX_CORE} core tools)`)
      return
    }
    if (total > 0 && (coreTokens + tokens[i]!) / total > MAX_CORE_SHARE) {
      reasons.push(
        `${tool.name} reads context but would make core tools over ${pct(MAX_CORE_SHARE)} of the tokens`,
      )
      return
    }
    core.push(i)
    coreTokens += tokens[i]!
    reasons.push(`${tool.name}: core (reads context every page may need, takes no required input)`)
  })
  if (core.length === 0) reasons.push('no tool reads ambient context (time, location, user): no core tools')
  const attainable = total === 0 ? 0 : 1 - coreTokens / total
  const share: CoreShare = { coreTokens, totalTokens: total, attainableReduction: attainable }
  const minTokenReduction = Math.min(PLAN_GATE, suggestedGate(share))
  const targetTokenReduction = Math.min(PLAN_TARGET, Math.floor(attainable * 100) / 100)
  reasons.push(
    `core tools are ${pct(1 - attainable)} of ${total} tokens, so at most ${pct(attainable)} can be saved: ` +
      `gate min-token-reduction ${minTokenReduction}` +
      (minTokenReduction < PLAN_GATE
        ? ` (below the plan's ${PLAN_GATE}, which this catalogue cannot meet reliably)`
        : ''),
  )
  return {
    coreTools: core.map((i) => tools[i]!.name),
    minTokenReduction,
    targetTokenReduction,
    attainableReduction: attainable,
    reasons,
  }
}

/**
 * The proposal for the registry file `init` found; undefined with a reason when the file cannot be
 * read as tools (init then writes the defaults and says why, never fails on it).
 */
export function proposePrefilter(
  text: string,
  file: string,
): { proposal?: PrefilterProposal; problem?: string } {
  try {
    return { proposal: proposeForTools(parseToolFile(text, file)) }
  } catch (error) {
    return { problem: `${file} is not a tool registry launchgate reads: ${describeError(error)}` }
  }
}
