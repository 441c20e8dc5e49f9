/**
 * Posting the review's line comments on a pull request: list what is there, plan what is new,
 * post it as one review. The summary comment and the job summary go through the shared publisher
 * (`src/actions/publish.ts`); this is the review-only part.
 */
import { describeError } from '../errors.js'
import type { Forge } from '../ports/forge.js'
import type { ReviewFinding } from './findings.js'
import { planInlineComments, postedFingerprints } from './inline.js'

/** What {@link publishInlineComments} did. */
export interface InlineOutcome {
  posted: number
  alreadyPosted: number
  overLimit: number
  /** Comments GitHub refused (a line outside its diff view), with why. */
  refused: Array<{ path: string; line: number; error: string }>
}

/** Posts a comment for each CRITICAL and HIGH finding that has none yet, on the head commit. */
export async function publishInlineComments(
  forge: Forge,
  input: {
    pullNumber: number
    headSha: string
    findings: readonly ReviewFinding[]
    pathPrefix?: string
    waiversPath: string
  },
): Promise<InlineOutcome> {
  const posted = postedFingerprints((await forge.listReviewComments(input.pullNumber)).map((c) => c.body))
  const plan = planInlineComments(input.findings, posted, {
    ...(input.pathPrefix ? { pathPrefix: input.pathPrefix } : {}),
    waiversPath: input.waiversPath,
  })
  const outcome: InlineOutcome = {
    posted: 0,
    alreadyPosted: plan.alreadyPosted,
    overLimit: plan.overLimit,
    refused: [],
  }
  try {
    // One review with every comment: one notification.
    await forge.createReviewComments(input.pullNumber, input.headSha, plan.comments)
    outcome.posted = plan.comments.length
  } catch (error) {
    if (plan.comments.length <= 1) throw error
    // GitHub refuses the whole review for one line it cannot place: post the others one by one.
    for (const comment of plan.comments) {
      try {
        await forge.createReviewComments(input.pullNumber, input.headSha, [comment])
        outcome.posted++
      } catch (single) {
        outcome.refused.push({ path: comment.path, line: comment.line, error: describeError(single) })
      }
    }
  }
  return outcome
}
