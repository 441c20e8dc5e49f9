import { describe, expect, it } from '@jest/globals'
import {
  ApiError,
  ConfigurationError,
  ExitCode,
  MissingSecretError,
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
    expect(exitCodeFor(new ApiError('GitHub', 'GET /x', 502, 'bad gateway'))).toBe(ExitCode.internal)
  })

  it('labels unexpected errors as bugs', () => {
    expect(describeError(new TypeError('boom'))).toMatch(/^internal error \(a bug in launchgate/)
  })
})
