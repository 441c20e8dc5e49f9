import { describe, expect, it } from '@jest/globals'
import { parseHealthBody } from '../../src/probes/health-format.js'
import { correlationOf, withCorrelationId } from '../../src/probes/websocket.js'

describe('parseHealthBody', () => {
  it('reads the draft format: worst observation per check, release and version', () => {
    const body = {
      status: 'warn',
      version: '1',
      releaseId: 'abc123',
      checks: {
        'cassandra:responseTime': [
          { componentId: 'node-1', status: 'pass' },
          { componentId: 'node-2', status: 'warn' },
        ],
        'database:connection': [{ status: 'fail' }],
        uptime: { status: 'up' },
        'cpu:utilization': [{ observedValue: 85 }],
      },
    }
    expect(parseHealthBody(body)).toEqual({
      status: 'warn',
      version: '1',
      releaseId: 'abc123',
      checks: {
        'cassandra:responseTime': 'warn',
        'database:connection': 'fail',
        uptime: 'pass',
        'cpu:utilization': 'warn',
      },
    })
  })

  it('accepts the aliases of other ecosystems and ignores what is not a health body', () => {
    expect(parseHealthBody({ status: 'DOWN' }).status).toBe('fail')
    expect(parseHealthBody({ status: 'ok', releaseId: 42 })).toEqual({
      status: 'pass',
      releaseId: '42',
      checks: {},
    })
    expect(parseHealthBody('OK')).toEqual({ checks: {} })
    expect(parseHealthBody([{ status: 'pass' }])).toEqual({ checks: {} })
  })
})

describe('correlation ids', () => {
  it('adds the id to an object message and wraps anything else', () => {
    expect(withCorrelationId({ type: 'ping' }, 'c1')).toEqual({ type: 'ping', correlationId: 'c1' })
    expect(withCorrelationId('hello', 'c2')).toEqual({
      type: 'message',
      content: 'hello',
      correlationId: 'c2',
    })
  })

  it('finds the id at the top level or under data, and nothing in non-JSON', () => {
    expect(correlationOf('{"correlationId":"a"}')).toBe('a')
    expect(correlationOf('{"data":{"correlationId":"b"}}')).toBe('b')
    expect(correlationOf('pong')).toBeUndefined()
  })
})
