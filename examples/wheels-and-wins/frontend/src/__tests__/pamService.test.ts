import { describe, expect, it, vi } from 'vitest'

// Test doubles may open sockets freely: the consolidation config excludes tests.
class FakeSocket {
  static OPEN = 1
  readyState = 0
  send = vi.fn()
  close = vi.fn()
}
vi.stubGlobal('WebSocket', FakeSocket)

describe('pamService', () => {
  it('queues messages until the socket opens', async () => {
    const { pamService } = await import('@/services/pamService')
    pamService.connect('token')
    pamService.send({ type: 'chat', content: 'hi' })
    const socket = new WebSocket('ws://test') as unknown as FakeSocket
    expect(socket.send).not.toHaveBeenCalled()
  })
})
