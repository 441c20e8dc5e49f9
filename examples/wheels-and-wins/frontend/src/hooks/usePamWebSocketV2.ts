/**
 * @deprecated Second attempt at a shared socket (module-level singleton, no backoff).
 * Use usePamWebSocketUnified, which sits on pamService.
 */
import { useEffect, useState } from 'react'
import { PAM_WS_URL } from '@/config/env'
import type { PamClientEvent, PamMessage } from '@/types/pam'

let shared: WebSocket | null = null
const subscribers = new Set<(message: PamMessage) => void>()

function ensureSocket(token: string): WebSocket {
  if (shared && shared.readyState <= WebSocket.OPEN) return shared
  shared = new WebSocket(`${PAM_WS_URL}?token=${token}&v=2`)
  shared.onmessage = (frame) => {
    const event = JSON.parse(frame.data)
    if (event.type === 'message') subscribers.forEach((notify) => notify(event.message))
  }
  return shared
}

/** Sends a PAM event on the shared v2 socket, if one is open. */
export function sendPamEvent(event: PamClientEvent): boolean {
  if (shared?.readyState !== WebSocket.OPEN) return false
  shared.send(JSON.stringify(event))
  return true
}

export function usePamWebSocketV2(token: string | null) {
  const [messages, setMessages] = useState<PamMessage[]>([])
  const [connected, setConnected] = useState(false)

  useEffect(() => {
    if (!token) return
    const socket = ensureSocket(token)
    const onOpen = () => setConnected(true)
    const onClose = () => setConnected(false)
    socket.addEventListener('open', onOpen)
    socket.addEventListener('close', onClose)
    const notify = (message: PamMessage) => setMessages((m) => [...m, message])
    subscribers.add(notify)
    return () => {
      subscribers.delete(notify)
      socket.removeEventListener('open', onOpen)
      socket.removeEventListener('close', onClose)
    }
  }, [token])

  return { messages, connected, send: (content: string) => sendPamEvent({ type: 'chat', content }) }
}
