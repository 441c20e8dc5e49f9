/**
 * The example app's HTTP API as plain functions from (state, request) to an answer; the server
 * in `server.ts` does the socket work. Faults are applied here, where each endpoint would feel them.
 */
import { WIDGET_SCRIPT, WIDGET_SCRIPT_PATH, widgetPage } from './page.js'
import type { AppState } from './state.js'
import { WS_PATH } from './types.js'

/** A request as the routes see it: parsed, small, decoded. */
export interface AppRequest {
  method: string
  path: string
  /** Bearer token of the Authorization header, if any. */
  bearer?: string
  /** Parsed JSON body; undefined when empty; `INVALID_JSON` when it did not parse. */
  body: unknown
}

/** An answer; `body` (JSON) and `text` undefined means no body (204). */
export interface AppAnswer {
  status: number
  body?: unknown
  /** A body sent as is (the page and its script), instead of JSON. */
  text?: string
  contentType?: string
}

/** Marks a body that was sent but is not JSON. */
export const INVALID_JSON = Symbol('invalid JSON')

const HEALTH_TYPE = 'application/health+json'

/** Answers one request. */
export function route(state: AppState, req: AppRequest): AppAnswer {
  if (req.body === INVALID_JSON) return problem(400, 'the request body is not valid JSON')
  if (req.method === 'GET' && req.path === '/api/health') return health(state)
  if (req.method === 'GET' && req.path === '/')
    return { status: 200, text: widgetPage(WS_PATH, state.fault), contentType: 'text/html' }
  if (req.method === 'GET' && req.path === WIDGET_SCRIPT_PATH)
    return { status: 200, text: WIDGET_SCRIPT, contentType: 'text/javascript' }
  if (req.path === '/api/auth/login') return req.method === 'POST' ? login(state, req) : notAllowed()
  if (req.path === '/api/me') return req.method === 'GET' ? me(state, req) : notAllowed()
  if (req.path === '/api/trips') return req.method === 'POST' ? createTrip(state, req) : notAllowed()
  const tripId = /^\/api\/trips\/([^/]+)$/.exec(req.path)?.[1]
  if (tripId) return trip(state, req, decodeURIComponent(tripId))
  return problem(404, `no route for ${req.method} ${req.path}`)
}

/** The health check response format: overall status, release, and a list of observations per check. */
function health(state: AppState): AppAnswer {
  const time = new Date().toISOString()
  const database = state.fault === 'db-down' ? 'fail' : 'pass'
  const auth = state.fault === 'auth-down' ? 'fail' : 'pass'
  const status = database === 'fail' || auth === 'fail' ? 'fail' : 'pass'
  const body = {
    status,
    version: state.version,
    releaseId: state.reportedRelease(),
    serviceId: 'launchgate-example-app',
    description: 'the example app of the launchgate rehearsal',
    checks: {
      'database:connection': [
        {
          componentId: 'trips-db',
          componentType: 'datastore',
          status: database,
          time,
          ...dbOutput(database),
        },
      ],
      'auth:login': [{ componentType: 'component', status: auth, time }],
      uptime: [
        {
          componentType: 'system',
          observedValue: Math.round((Date.now() - state.startedAt) / 1000),
          observedUnit: 's',
          status: 'pass',
          time,
        },
      ],
    },
  }
  // The format asks for a 5xx with `fail`, so plain HTTP monitors see it too.
  return { status: status === 'fail' ? 503 : 200, body, contentType: HEALTH_TYPE }
}

function dbOutput(status: string) {
  return status === 'fail' ? { output: 'connection refused by the database' } : {}
}

function login(state: AppState, req: AppRequest): AppAnswer {
  if (state.fault === 'auth-down') return problem(503, 'the authentication service is unavailable')
  const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string') {
    return problem(400, 'send a JSON body with "email" and "password"')
  }
  const token = state.login(email, password)
  if (!token) return problem(401, 'invalid email or password')
  return { status: 200, body: { token, tokenType: 'Bearer', expiresIn: 3600 } }
}

function me(state: AppState, req: AppRequest): AppAnswer {
  if (state.fault === 'auth-down') return problem(503, 'the authentication service is unavailable')
  const email = state.sessionUser(req.bearer)
  if (!email) return problem(401, 'log in first and send "Authorization: Bearer <token>"')
  return { status: 200, body: { id: email, email, name: email.split('@')[0] } }
}

function createTrip(state: AppState, req: AppRequest): AppAnswer {
  if (state.fault === 'db-down') return problem(503, 'the database is unavailable')
  const fields = req.body ?? {}
  if (typeof fields !== 'object' || Array.isArray(fields)) return problem(400, 'send a JSON object')
  const trip = state.createTrip(fields as Record<string, unknown>, state.sessionUser(req.bearer))
  return { status: 201, body: trip }
}

function trip(state: AppState, req: AppRequest, id: string): AppAnswer {
  if (req.method !== 'GET' && req.method !== 'DELETE') return notAllowed()
  if (state.fault === 'db-down') return problem(503, 'the database is unavailable')
  if (req.method === 'GET') {
    const found = state.trip(id)
    return found ? { status: 200, body: found } : problem(404, `no trip ${id}`)
  }
  return state.deleteTrip(id) ? { status: 204 } : problem(404, `no trip ${id}`)
}

function notAllowed(): AppAnswer {
  return problem(405, 'method not allowed')
}

/** An error answer, `{ error }` as the app's clients expect. */
export function problem(status: number, message: string): AppAnswer {
  return { status, body: { error: message } }
}
