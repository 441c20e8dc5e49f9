import { describe, expect, it } from '@jest/globals'
import { holderMayBeAlive, type HolderProbe } from '../../src/rollback/lock-holder.js'

const tip = (message: string, committedAt = 0) => ({ sha: 'a'.repeat(40), committedAt, message })
const probe = (alive: number[], extra: Partial<HolderProbe> = {}): HolderProbe => ({
  now: 10_000,
  host: 'runner-1',
  isAlive: (pid) => alive.includes(pid),
  ...extra,
})

describe('holderMayBeAlive', () => {
  it('asks the process table about a run of this host, whatever the age of the branch', () => {
    const signed = tip('Revert\n\nRollback-Of: x\nRollback-Run: runner-1:42\n', 9_999)
    expect(holderMayBeAlive(signed, probe([42]))).toBe(true)
    expect(holderMayBeAlive(signed, probe([]))).toBe(false)
  })

  it('leaves a run of another host, or an unsigned branch, only for the grace', () => {
    for (const message of ['Rollback-Run: runner-2:42', 'no trailer']) {
      expect(holderMayBeAlive(tip(message, 9_000), probe([42], { graceMs: 5_000 }))).toBe(true)
      expect(holderMayBeAlive(tip(message, 1_000), probe([42], { graceMs: 5_000 }))).toBe(false)
    }
  })

  it('reads a host name that holds colons', () => {
    expect(holderMayBeAlive(tip('Rollback-Run: fe80::1:7'), probe([7], { host: 'fe80::1' }))).toBe(true)
  })
})
