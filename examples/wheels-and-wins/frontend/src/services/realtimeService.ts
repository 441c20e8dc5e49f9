/**
 * Live trip updates (fellow travellers' positions, road closures). The socket code was copied from
 * an early pamService and renamed; it should ride on pamService's connection instead.
 */
import { HEARTBEAT_INTERVAL_MS, RECONNECT_MAX_ATTEMPTS, API_BASE_URL } from '@/config/env'
import { logger } from '@/lib/logger'

export interface TripUpdate {
  tripId: string
  kind: 'position' | 'closure' | 'weather'
  payload: Record<string, unknown>
}

type UpdateHandler = (update: TripUpdate) => void
type ChannelState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed' | 'error'
type StateHandler = (state: ChannelState) => void

class TripChannel {
  private ws: WebSocket | null = null
  private jwt: string | null = null
  private tries = 0
  private pinger: ReturnType<typeof setInterval> | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private readonly pending: object[] = []
  private readonly handlers = new Set<UpdateHandler>()
  private readonly stateHandlers = new Set<StateHandler>()
  private state: ChannelState = 'idle'

  open(jwt: string): void {
    this.jwt = jwt
    if (this.ws && this.ws.readyState <= WebSocket.OPEN) return
    this.setState(this.tries > 0 ? 'reconnecting' : 'connecting')
    const endpoint = `${API_BASE_URL.replace(/^http/, 'ws')}/api/v1/trips/live?token=${encodeURIComponent(jwt)}`
    const ws = new WebSocket(endpoint)
    this.ws = ws

    ws.onopen = () => {
      this.tries = 0
      this.setState('open')
      this.startPinger()
      while (this.pending.length > 0 && ws.readyState === WebSocket.OPEN) {
        ws.send(JSON.stringify(this.pending.shift()))
      }
    }
    ws.onmessage = (frame: MessageEvent<string>) => {
      const update = JSON.parse(frame.data) as TripUpdate
      if (!update || update.kind === undefined) return
      for (const handler of this.handlers) handler(update)
    }
    ws.onerror = () => {
      logger.warn('trip channel error')
      this.setState('error')
    }
    ws.onclose = (event: CloseEvent) => {
      this.stopPinger()
      this.ws = null
      if (event.code === 1000 || event.code === 4401) {
        this.setState('closed')
        return
      }
      this.retryLater()
    }
  }

  onUpdate(handler: UpdateHandler): () => void {
    this.handlers.add(handler)
    return () => this.handlers.delete(handler)
  }

  private retryLater(): void {
    if (this.tries >= RECONNECT_MAX_ATTEMPTS || !this.jwt) {
      this.setState('error')
      return
    }
    const wait = Math.min(30_000, 1000 * 2 ** this.tries) + Math.random() * 500
    this.tries += 1
    this.setState('reconnecting')
    logger.info(`trip channel reconnect #${this.tries} in ${Math.round(wait)} ms`)
    this.retryTimer = setTimeout(() => this.open(this.jwt!), wait)
  }

  private startPinger(): void {
    this.stopPinger()
    this.pinger = setInterval(() => this.ws?.send(JSON.stringify({ type: 'ping' })), HEARTBEAT_INTERVAL_MS)
  }

  private stopPinger(): void {
    if (this.pinger) clearInterval(this.pinger)
    this.pinger = null
  }

  private setState(state: ChannelState): void {
    this.state = state
    for (const handler of this.stateHandlers) handler(state)
  }
}

export const tripChannel = new TripChannel()
