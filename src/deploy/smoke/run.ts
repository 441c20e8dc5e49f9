/**
 * Runs the configured smoke tests against the live app, independent ones in parallel (up to
 * `smoke.concurrency`), and times each. Requests are measurements: never retried, bounded by each
 * test's timeout, and secrets sent in headers never appear in a result.
 */
import path from 'node:path'
import type { AxiosInstance } from 'axios'
import type { DeployConfig, SmokeTestConfig } from '../../config/sections/deploy.js'
import { ConfigurationError } from '../../errors.js'
import { createHttpClient, toApiError } from '../../http/client.js'
import { redact } from '../../http/redact.js'
import { probeWebSocket } from '../../probes/websocket.js'
import type { SmokeResult } from '../types.js'
import { answerProblems, valueAt, type MeasuredAnswer } from './verdict.js'
import { runDatabaseWrite } from './db-write.js'
import { browserPool, runBrowserTest, type BrowserPool } from './browser/run.js'

type SmokeConfig = DeployConfig['smoke']

/** What the tests need from the outside: where the app is, and the secrets by name. */
export interface SmokeContext {
  baseUrl: string
  env: Record<string, string | undefined>
  log: (line: string) => void
  /** Where browser tests save screenshots; `smoke.artifacts-dir` from the working directory by default. */
  artifactsDir?: string
}

/** One request as a smoke test sends it. */
export interface SmokeRequest {
  method: string
  url: string
  headers?: Record<string, string>
  body?: unknown
  timeoutMs: number
}

/** The shared parts of one run: the client, the secrets to redact, the shared login. */
export interface SmokeSession {
  send(request: SmokeRequest): Promise<MeasuredAnswer>
  url(path: string): string
  /** The bearer header of one login shared by every authenticated test, or why login failed. */
  bearer(): Promise<{ headers: Record<string, string> } | { error: string }>
  /** The run's one browser, launched by the first browser test. */
  browsers: BrowserPool
}

/** Runs every test; never throws for a failing app, only for a config that cannot run. */
export async function runSmokeTests(config: SmokeConfig, context: SmokeContext): Promise<SmokeResult[]> {
  const session = createSession(config, context)
  const queue = [...config.tests]
  const results = new Map<SmokeTestConfig, SmokeResult>()
  const worker = async () => {
    for (let test = queue.shift(); test; test = queue.shift()) {
      const result = await runOne(test, config, session, context)
      const mark = result.notRun ? 'NOT RUN' : result.ok ? 'pass' : 'FAIL'
      context.log(`[smoke] ${mark} ${result.name} (${result.durationMs} ms): ${result.detail}`)
      results.set(test, result)
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(config.concurrency, queue.length) }, worker))
  } finally {
    await session.browsers.close()
  }
  return config.tests.map((t) => results.get(t)!)
}

async function runOne(
  test: SmokeTestConfig,
  config: SmokeConfig,
  session: SmokeSession,
  context: SmokeContext,
): Promise<SmokeResult> {
  const started = performance.now()
  const outcome = await runKind(test, config, session, context)
  return { name: test.name, kind: test.kind, durationMs: Math.round(performance.now() - started), ...outcome }
}

type Outcome = Pick<SmokeResult, 'ok' | 'detail' | 'httpLatenciesMs' | 'notRun' | 'screenshot'>

async function runKind(
  test: SmokeTestConfig,
  config: SmokeConfig,
  session: SmokeSession,
  context: SmokeContext,
): Promise<Outcome> {
  switch (test.kind) {
    case 'http': {
      const secretHeaders = Object.fromEntries(
        Object.entries(test['header-secrets']).map(([h, name]) => [h, context.env[name] ?? '']),
      )
      const auth = test.authenticated ? await session.bearer() : { headers: {} }
      if ('error' in auth) return { ok: false, detail: `login: ${auth.error}`, httpLatenciesMs: [] }
      const answer = await session.send({
        ...{
          method: test.method,
          url: session.url(test.path),
          body: test.body,
          timeoutMs: test['timeout-ms'],
        },
        headers: { ...test.headers, ...secretHeaders, ...auth.headers },
      })
      return verdict(`${test.method} ${test.path}`, test.expect, answer)
    }
    case 'auth':
      return runAuth(test, config, session, context)
    case 'websocket': {
      const probe = await probeWebSocket(wsUrl(session.url(test.path)), {
        timeoutMs: test['timeout-ms'],
        message: test.message,
      })
      const detail = probe.ok
        ? `connected in ${probe.connectMs} ms, reply with the correlation id in ${probe.replyMs} ms, closed cleanly`
        : (probe.error ?? 'failed')
      return { ok: probe.ok, detail, httpLatenciesMs: [] }
    }
    case 'db-write':
      return runDatabaseWrite(test, session)
    case 'browser': {
      const artifacts = context.artifactsDir ?? path.resolve(config['artifacts-dir'])
      return runBrowserTest(test, session.browsers, session.url(test.path), artifacts)
    }
  }
}

function verdict(
  what: string,
  expect: Parameters<typeof answerProblems>[0],
  answer: MeasuredAnswer,
): Outcome {
  const problems = answerProblems(expect, answer)
  const latencies = answer.error === undefined ? [answer.latencyMs] : []
  if (problems.length > 0)
    return { ok: false, detail: `${what}: ${problems.join('; ')}`, httpLatenciesMs: latencies }
  return {
    ok: true,
    detail: `${what}: HTTP ${answer.status} in ${answer.latencyMs} ms`,
    httpLatenciesMs: latencies,
  }
}

/** Logs in with the test credentials, then calls the authenticated endpoint with the token. */
async function runAuth(
  test: Extract<SmokeTestConfig, { kind: 'auth' }>,
  config: SmokeConfig,
  session: SmokeSession,
  context: SmokeContext,
): Promise<Outcome> {
  const login = await logIn(config, session, context, test['timeout-ms'])
  if ('error' in login)
    return { ok: false, detail: `login: ${login.error}`, httpLatenciesMs: login.latencies }
  const answer = await session.send({
    method: 'GET',
    url: session.url(test.path),
    headers: { authorization: `Bearer ${login.token}` },
    timeoutMs: test['timeout-ms'],
  })
  const result = verdict(`logged in, then GET ${test.path}`, test.expect, answer)
  return { ...result, httpLatenciesMs: [...login.latencies, ...result.httpLatenciesMs] }
}

async function logIn(
  config: SmokeConfig,
  session: SmokeSession,
  context: SmokeContext,
  timeoutMs: number,
): Promise<{ token: string; latencies: number[] } | { error: string; latencies: number[] }> {
  const login = config.login
  if (!login)
    throw new ConfigurationError(
      'an auth or authenticated smoke test needs deploy.smoke.login (path and the names of the credential secrets)',
      { key: 'deploy.smoke.login' },
    )
  const email = context.env[login['email-secret']] ?? ''
  const password = context.env[login['password-secret']] ?? ''
  const answer = await session.send({
    method: 'POST',
    url: session.url(login.path),
    body: { email, password },
    timeoutMs,
  })
  const latencies = answer.error === undefined ? [answer.latencyMs] : []
  const problems = answerProblems({ status: 200, json: {} }, answer)
  const token = valueAt(answer.body, login['token-field'])
  if (problems.length > 0) return { error: `POST ${login.path}: ${problems.join('; ')}`, latencies }
  if (typeof token !== 'string' || token === '')
    return { error: `POST ${login.path} answered without a '${login['token-field']}'`, latencies }
  return { token, latencies }
}

function createSession(config: SmokeConfig, context: SmokeContext): SmokeSession {
  const secrets = secretValues(config, context.env)
  const http: AxiosInstance = createHttpClient({
    service: 'smoke test',
    baseURL: context.baseUrl,
    retries: 0,
  })
  let shared: ReturnType<SmokeSession['bearer']> | undefined
  const session: SmokeSession = {
    browsers: browserPool(config.browser, context.env),
    url: (path) => (path.startsWith('/') ? new URL(path, context.baseUrl).toString() : path),
    send: (request) => send(http, request, secrets),
    bearer: () => {
      // One login for every authenticated test: they run in parallel and must not log in N times.
      shared ??= logIn(config, session, context, 10_000).then((login) => {
        if ('error' in login) return { error: login.error }
        secrets.push(login.token)
        return { headers: { authorization: `Bearer ${login.token}` } }
      })
      return shared
    },
  }
  return session
}

async function send(http: AxiosInstance, request: SmokeRequest, secrets: string[]): Promise<MeasuredAnswer> {
  const started = performance.now()
  const latency = () => Math.round(performance.now() - started)
  try {
    const response = await http.request({
      ...{ method: request.method, url: request.url, headers: request.headers, data: request.body },
      ...{ timeout: request.timeoutMs, validateStatus: () => true },
    })
    return { status: response.status, body: response.data as unknown, latencyMs: latency() }
  } catch (error) {
    const latencyMs = latency()
    return {
      latencyMs,
      error: redact(toApiError('smoke test', `${request.method} ${request.url}`, error).message, secrets),
    }
  }
}

/** Every secret value a smoke test may send, so no result can quote one. */
function secretValues(config: SmokeConfig, env: Record<string, string | undefined>): string[] {
  const names = config.tests.flatMap((t) => (t.kind === 'http' ? Object.values(t['header-secrets']) : []))
  if (config.login) names.push(config.login['email-secret'], config.login['password-secret'])
  return names.map((n) => env[n] ?? '').filter((v) => v !== '')
}

/** `http(s)://` to `ws(s)://`. */
export function wsUrl(url: string): string {
  return url.replace(/^http(s?):\/\//i, 'ws$1://')
}
