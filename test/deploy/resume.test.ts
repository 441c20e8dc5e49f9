/** The re-dispatch decisions: which merge is launchgate's, and what a deploy finds left on the target. */
import { describe, expect, it } from '@jest/globals'
import {
  decideReleaseState,
  isDeployMerge,
  orphansBesides,
  type DeploymentTrail,
} from '../../src/deploy/resume.js'

const S = 'a'.repeat(40)
const M = 'b'.repeat(40)
const OLD = 'c'.repeat(40)
const branches = { source: 'staging', target: 'main', sourceSha: S }
const merge = (message: string, parents = [OLD, S]) => ({ sha: M, message, parents })

describe('isDeployMerge', () => {
  it.each([
    [`Deploy staging (${S.slice(0, 12)}) to main`],
    ['Deploy staging to main (#12)'],
    ['Deploy staging to main (#12)\n\nOpened by launchgate deploy'],
  ])('knows launchgate merge %j', (message) => {
    expect(isDeployMerge(merge(message), branches)).toBe(true)
  })

  it.each([
    ['a person merge', merge('Merge branch staging into main')],
    ['another source', merge(`Deploy release (${S.slice(0, 12)}) to main`)],
    ['a merge of an older staging', merge('Deploy staging to main (#3)', [OLD, 'd'.repeat(40)])],
    ['a single-parent commit', merge('Deploy staging to main (#3)', [OLD])],
  ])('refuses %s', (_name, tip) => {
    expect(isDeployMerge(tip, branches)).toBe(false)
  })

  it('escapes branch names: a dot is a dot', () => {
    const tip = merge('Deploy release-1x2 to main (#1)')
    expect(isDeployMerge(tip, { ...branches, source: 'release-1.2' })).toBe(false)
    expect(
      isDeployMerge(merge('Deploy release-1.2 to main (#1)'), { ...branches, source: 'release-1.2' }),
    ).toBe(true)
  })
})

describe('decideReleaseState', () => {
  const tip = merge('Deploy staging to main (#4)')
  const trail = (id: number, ...states: DeploymentTrail['states']): DeploymentTrail => ({
    id,
    sha: M,
    states,
  })

  it('promotes as usual when the tip is not a deploy merge', () => {
    expect(decideReleaseState(merge('Merge x'), branches, [])).toEqual({ kind: 'none' })
    expect(decideReleaseState(undefined, branches, [])).toEqual({ kind: 'none' })
  })

  it('releases a merge nobody deployed, on a new deployment', () => {
    expect(decideReleaseState(tip, branches, [])).toEqual({ kind: 'unreleased', sha: M, carryOn: undefined })
  })

  it.each([
    ['no status', trail(7)],
    ['in_progress', trail(7, 'in_progress')],
    ['error (an outage stopped it)', trail(7, 'error', 'in_progress')],
  ])('takes on the deployment left with %s', (_name, left) => {
    expect(decideReleaseState(tip, branches, [left])).toMatchObject({
      kind: 'unreleased',
      carryOn: { id: 7 },
    })
  })

  it('takes on the newest of several left open', () => {
    const state = decideReleaseState(tip, branches, [trail(3), trail(9, 'in_progress')])
    expect(state).toMatchObject({ carryOn: { id: 9 } })
  })

  it.each(['success', 'failure', 'inactive'] as const)(
    'has nothing to do once a deployment ended %s',
    (end) => {
      const state = decideReleaseState(tip, branches, [trail(5, end, 'in_progress'), trail(6)])
      expect(state).toEqual({ kind: 'released', sha: M, deployment: { id: 5, state: end } })
    },
  )

  it('ignores deployments of other commits', () => {
    const other = { id: 8, sha: OLD, states: ['success' as const] }
    expect(decideReleaseState(tip, branches, [other])).toMatchObject({ kind: 'unreleased' })
  })
})

describe('orphansBesides', () => {
  it('lists the deployments left without an end, except the one carrying the release', () => {
    const trails: DeploymentTrail[] = [
      { id: 1, sha: OLD, states: [] },
      { id: 2, sha: OLD, states: ['in_progress'] },
      { id: 3, sha: OLD, states: ['queued'] },
      { id: 4, sha: OLD, states: ['success', 'in_progress'] },
      { id: 5, sha: OLD, states: ['error'] },
      { id: 6, sha: M, states: [] },
    ]
    expect(orphansBesides(trails, 6).map((t) => t.id)).toEqual([1, 2, 3])
  })
})
