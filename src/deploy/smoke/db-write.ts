/**
 * The database smoke test: create a record through the API, read it back, delete it, and check
 * it is gone. The delete runs whatever happened before it, so a failing read never leaves a test
 * record behind in production; one that cannot be deleted is named in the failure.
 */
import type { SmokeTestConfig } from '../../config/sections/deploy.js'
import type { SmokeResult } from '../types.js'
import type { SmokeSession } from './run.js'
import { valueAt, type MeasuredAnswer } from './verdict.js'

type DatabaseTest = Extract<SmokeTestConfig, { kind: 'db-write' }>
type Outcome = Pick<SmokeResult, 'ok' | 'detail' | 'httpLatenciesMs'>

/** Fields of the sent record that came back different (primitives only; the API may add others). */
export function roundTripProblems(sent: Record<string, unknown>, read: unknown): string[] {
  return Object.entries(sent)
    .filter(([, value]) => value === null || typeof value !== 'object')
    .filter(([key, value]) => valueAt(read, key) !== value)
    .map(
      ([key, value]) =>
        `${key} read back as ${JSON.stringify(valueAt(read, key)) ?? 'missing'}, wrote ${JSON.stringify(value)}`,
    )
}

const is2xx = (a: MeasuredAnswer) =>
  a.error === undefined && a.status !== undefined && a.status >= 200 && a.status < 300
const describe = (what: string, a: MeasuredAnswer) => `${what}: ${a.error ?? `HTTP ${a.status}`}`

/** Runs the write, read-back and clean-up; the latencies of all four requests count in the P95. */
export async function runDatabaseWrite(test: DatabaseTest, session: SmokeSession): Promise<Outcome> {
  const auth = test.authenticated ? await session.bearer() : { headers: {} }
  if ('error' in auth) return { ok: false, detail: `login: ${auth.error}`, httpLatenciesMs: [] }
  const latencies: number[] = []
  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await session.send({
      method,
      url: session.url(path),
      headers: auth.headers,
      body,
      timeoutMs: test['timeout-ms'],
    })
    if (answer.error === undefined) latencies.push(answer.latencyMs)
    return answer
  }
  const created = await call('POST', test.path, test.body)
  const id = valueAt(created.body, test['id-field'])
  if (!is2xx(created))
    return { ok: false, detail: describe(`POST ${test.path}`, created), httpLatenciesMs: latencies }
  if (typeof id !== 'string' && typeof id !== 'number') {
    return {
      ok: false,
      detail: `POST ${test.path} answered without '${test['id-field']}'; nothing to read back or delete`,
      httpLatenciesMs: latencies,
    }
  }
  const itemPath = `${test.path.replace(/\/+$/, '')}/${encodeURIComponent(String(id))}`
  const read = await call('GET', itemPath)
  const problems = is2xx(read) ? roundTripProblems(test.body, read.body) : [describe(`GET ${itemPath}`, read)]
  const removed = await call('DELETE', itemPath)
  const gone = is2xx(removed) ? await call('GET', itemPath) : undefined
  if (!is2xx(removed))
    problems.push(
      `${describe(`DELETE ${itemPath}`, removed)}: the test record ${id} is left behind, delete it by hand`,
    )
  else if (gone?.status !== 404)
    problems.push(
      `GET ${itemPath} after the delete answered ${gone?.error ?? `HTTP ${gone?.status}`}, not 404`,
    )
  if (problems.length > 0) return { ok: false, detail: problems.join('; '), httpLatenciesMs: latencies }
  return {
    ok: true,
    detail: `wrote ${itemPath}, read it back, deleted it and saw 404`,
    httpLatenciesMs: latencies,
  }
}
