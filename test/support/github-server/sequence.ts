/**
 * Deterministic ids, timestamps and commit shas for one server: every run of a test sees the
 * same values, and later objects always sort after earlier ones.
 */
import { createHash } from 'node:crypto'

/** Hands out increasing ids, a clock that ticks one second per reading, and fresh shas. */
export class Sequence {
  private id = 1000
  private seconds = 0
  private shas = 0

  constructor(private readonly startMs: number = Date.parse('2024-01-01T00:00:00Z')) {}

  /** A new positive integer, unique across every kind of object on the server. */
  nextId(): number {
    return ++this.id
  }

  /** An ISO timestamp, one second after the previous one. */
  now(): string {
    return new Date(this.startMs + ++this.seconds * 1000).toISOString()
  }

  /** A new 40-hex commit sha. */
  nextSha(): string {
    return createHash('sha1').update(`launchgate-test-commit-${++this.shas}`).digest('hex')
  }
}
