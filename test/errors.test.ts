import { describe, expect, it } from '@jest/globals'
import {
  ApiError,
  ConfigurationError,
  ExitCode,
  InputFileError,
  MissingSecretError,
  NetworkError,
  classifyError,
  describeError,
  exitCodeFor,
} from '../src/errors.js'

describe('errors', () => {
  it('formats a configuration error with file, line and column', () => {
    const e = new ConfigurationError('unknown key', {
      position: { file: 'a.yml', line: 3, column: 5 },
      key: 'x',
    })
    expect(e.message).toBe('a.yml:3:5: unknown key')
    expect(e.name).toBe('ConfigurationError')
    expect(exitCodeFor(e)).toBe(ExitCode.usage)
  })

  it('names the missing secret and never a value', () => {
    const e = new MissingSecretError('SENTRY_AUTH_TOKEN', 'needed to read error rates')
    expect(e.message).toContain('SENTRY_AUTH_TOKEN')
    expect(e.isUserError).toBe(true)
  })

  it('tells a permission problem from an outage', () => {
    expect(new ApiError('GitHub', 'GET /x', 403, 'forbidden').isUserError).toBe(true)
    expect(new ApiError('GitHub', 'GET /x', 502, 'bad gateway').isUserError).toBe(false)
    expect(exitCodeFor(new ApiError('GitHub', 'GET /x', 502, 'bad gateway'))).toBe(ExitCode.unavailable)
  })

  it("types a missing file as the user's and a refused connection as the world's", () => {
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open 'tools.json'"), {
      code: 'ENOENT',
      path: 'tools.json',
    })
    expect(classifyError(missing)).toBeInstanceOf(InputFileError)
    expect(describeError(missing)).toBe(
      'tools.json: no such file or directory; check the path (relative to the repository root)',
    )
    expect(exitCodeFor(missing)).toBe(ExitCode.usage)
    // fetch hides the code under its cause.
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    })
    expect(classifyError(refused)).toBeInstanceOf(NetworkError)
    expect(describeError(refused)).toContain('check the URL')
    expect(exitCodeFor(refused)).toBe(ExitCode.unavailable)
    const tls = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' }),
    })
    expect(describeError(tls)).toContain('NODE_EXTRA_CA_CERTS')
  })

  it('labels unexpected errors as bugs', () => {
    expect(describeError(new TypeError('boom'))).toMatch(/^internal error \(a bug in launchgate/)
  })
})

describe('an outage wrapped by launchgate', () => {
  it('is still the world failing (exit 69), not a bug, when a launchgate error carries it as its cause', async () => {
    const { DeployInterruptedError } = await import('../src/deploy/errors.js')
    const { ApiError, exitCodeFor, ExitCode, isOutage } = await import('../src/errors.js')
    const outage = new ApiError('GitHub', 'POST /deployments', 502, 'Bad Gateway')
    const wrapped = new DeployInterruptedError('a'.repeat(40), 'creating the deployment', outage, 'main')
    expect(isOutage(wrapped)).toBe(true)
    expect(exitCodeFor(wrapped)).toBe(ExitCode.unavailable)
    const bug = new DeployInterruptedError(
      'a'.repeat(40),
      'creating the deployment',
      new TypeError('x'),
      'main',
    )
    expect(exitCodeFor(bug)).toBe(ExitCode.internal)
  })
})
