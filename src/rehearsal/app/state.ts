/**
 * The example app's mutable state: release, fault, counters, sessions and the in-memory
 * "database" of trips. Kept apart from the HTTP layer so each handler is a small function of
 * (state, request).
 */
import { randomBytes, randomUUID } from 'node:crypto'
import type { AppFault } from './types.js'

/** A stored trip: whatever JSON fields the client sent, plus the server's own. */
export interface Trip {
  id: string
  createdAt: string
  owner?: string
  [field: string]: unknown
}

/** All state of one running app. */
export class AppState {
  sha: string
  previousSha: string | undefined
  requests = 0
  errors = 0
  readonly startedAt = Date.now()
  private readonly sessions = new Map<string, string>()
  private readonly trips = new Map<string, Trip>()
  private errorTick = 0
  private currentFault: AppFault | undefined

  constructor(
    sha: string,
    readonly version: string,
    private readonly users: Record<string, string>,
    private readonly errorShare: number,
  ) {
    this.sha = sha
  }

  get fault(): AppFault | undefined {
    return this.currentFault
  }

  /** Switching a fault restarts the `errors` sequence, so its pattern is the same each time. */
  set fault(fault: AppFault | undefined) {
    this.currentFault = fault
    this.errorTick = 0
  }

  /** The release health reports: the previous one under `wrong-sha` (the old build still serving). */
  reportedRelease(): string {
    if (this.fault !== 'wrong-sha') return this.sha
    return this.previousSha && this.previousSha !== this.sha ? this.previousSha : '0'.repeat(40)
  }

  /**
   * Under `errors`, whether this request fails. Deterministic and evenly spread (the i-th request
   * fails when the running share crosses an integer), so a test gets exactly the share it set.
   */
  nextRequestFails(): boolean {
    if (this.fault !== 'errors') return false
    this.errorTick += 1
    return Math.floor(this.errorTick * this.errorShare) > Math.floor((this.errorTick - 1) * this.errorShare)
  }

  /** A session token for valid credentials, or undefined. */
  login(email: string, password: string): string | undefined {
    if (!Object.hasOwn(this.users, email) || this.users[email] !== password) return undefined
    const token = randomBytes(24).toString('base64url')
    this.sessions.set(token, email)
    return token
  }

  /** The email of a session token, or undefined. */
  sessionUser(token: string | undefined): string | undefined {
    return token ? this.sessions.get(token) : undefined
  }

  createTrip(fields: Record<string, unknown>, owner: string | undefined): Trip {
    const trip: Trip = { ...fields, id: randomUUID(), createdAt: new Date().toISOString() }
    if (owner) trip.owner = owner
    this.trips.set(trip.id, trip)
    return trip
  }

  trip(id: string): Trip | undefined {
    return this.trips.get(id)
  }

  deleteTrip(id: string): boolean {
    return this.trips.delete(id)
  }
}
