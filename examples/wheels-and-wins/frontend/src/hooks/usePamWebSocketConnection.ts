/**
 * @deprecated Connection-state hook written for the floating PAM button. Use usePamWebSocketUnified.
 */
import { useEffect, useState } from 'react'
import { PAM_WS_URL, RECONNECT_MAX_ATTEMPTS } from '@/config/env'
import type { PamSocketOptions } from './usePamWebSocket'

export type PamConnectionState = 'disconnected' | 'connecting' | 'connected' | 'failed'

/** Opens a raw PAM socket; also used by the embeddable widget (legacy/widget.js). */
export function connectPam(token: string, onState: (state: PamConnectionState) => void): WebSocket {
  onState('connecting')
  const ws = new WebSocket(`${PAM_WS_URL}?token=${encodeURIComponent(token)}`)
  ws.addEventListener('open', () => onState('connected'))
  ws.addEventListener('close', () => onState('disconnected'))
  ws.addEventListener('error', () => onState('failed'))
  return ws
}

export function usePamWebSocketConnection({ token }: PamSocketOptions) {
  const [state, setState] = useState<PamConnectionState>('disconnected')
  const [socket, setSocket] = useState<WebSocket | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!token || attempt > RECONNECT_MAX_ATTEMPTS) return
    const ws = connectPam(token, (next) => {
      setState(next)
      if (next === 'failed') setTimeout(() => setAttempt((a) => a + 1), 2000)
    })
    setSocket(ws)
    return () => ws.close()
  }, [token, attempt])

  return { state, socket, isConnected: state === 'connected' }
}
