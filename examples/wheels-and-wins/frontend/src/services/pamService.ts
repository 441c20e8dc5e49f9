/**
 * SINGLE SOURCE OF TRUTH for the PAM WebSocket: one connection per tab, heartbeats, reconnection
 * with exponential backoff and jitter, and a queue for messages sent while reconnecting.
 */
import { parseServerEvent, type PamClientEvent, type PamServerEvent } from '@wheels/pam-protocol'
import { HEARTBEAT_INTERVAL_MS, PAM_WS_URL, RECONNECT_MAX_ATTEMPTS } from '@/config/env'
import { logger } from '@/lib/logger'
import type { PamConnectionStatus } from '@/types/pam'

type Listener = (event: PamServerEvent) => void
type StatusListener = (status: PamConnectionStatus) => void

class PamService {
  private socket: WebSocket | null = null
  private token: string | null = null
  private attempts = 0
  private heartbeat: ReturnType<typeof setInterval> | null = null
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null
  private readonly queue: PamClientEvent[] = []
  private readonly listeners = new Set<Listener>()
  private readonly statusListeners = new Set<StatusListener>()
  private status: PamConnectionStatus = 'idle'

  connect(token: string): void {
    this.token = token
    if (this.socket && this.socket.readyState <= WebSocket.OPEN) return
    this.setStatus(this.attempts > 0 ? 'reconnecting' : 'connecting')
    const url = `${PAM_WS_URL}?token=${encodeURIComponent(token)}`
    const socket = new WebSocket(url)
    this.socket = socket

    socket.onopen = () => {
      this.attempts = 0
      this.setStatus('open')
      this.startHeartbeat()
      while (this.queue.length > 0 && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify(this.queue.shift()))
      }
    }
    socket.onmessage = (frame: MessageEvent<string>) => {
      const event = parseServerEvent(frame.data)
      if (!event || event.type === 'pong') return
      for (const listener of this.listeners) listener(event)
    }
    socket.onerror = () => {
      logger.warn('PAM socket error')
      this.setStatus('error')
    }
    socket.onclose = (close: CloseEvent) => {
      this.stopHeartbeat()
      this.socket = null
      if (close.code === 1000 || close.code === 4401) {
        this.setStatus('closed')
        return
      }
      this.scheduleReconnect()
    }
  }

  send(event: PamClientEvent): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(event))
    else this.queue.push(event)
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener)
    listener(this.status)
    return () => this.statusListeners.delete(listener)
  }

  disconnect(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer)
    this.stopHeartbeat()
    this.socket?.close(1000, 'client closed')
    this.socket = null
    this.setStatus('closed')
  }

  private scheduleReconnect(): void {
    if (this.attempts >= RECONNECT_MAX_ATTEMPTS || !this.token) {
      this.setStatus('error')
      return
    }
    const delay = Math.min(30_000, 1000 * 2 ** this.attempts) + Math.random() * 500
    this.attempts += 1
    this.setStatus('reconnecting')
    logger.info(`PAM reconnect #${this.attempts} in ${Math.round(delay)} ms`)
    this.reconnectTimer = setTimeout(() => this.connect(this.token!), delay)
  }

  private startHeartbeat(): void {
    this.stopHeartbeat()
    this.heartbeat = setInterval(() => this.send({ type: 'ping' }), HEARTBEAT_INTERVAL_MS)
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.heartbeat = null
  }

  private setStatus(status: PamConnectionStatus): void {
    this.status = status
    for (const listener of this.statusListeners) listener(status)
  }
}

/** The one PAM connection of the app. */
export const pamService = new PamService()
