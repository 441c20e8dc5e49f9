/**
 * @deprecated The first PAM hook: opens its own socket per component. Use usePamWebSocketUnified.
 */
import { useEffect, useRef, useState } from 'react'
import { PAM_WS_URL } from '@/config/env'
import type { PamMessage } from '@/types/pam'

export interface PamSocketOptions {
  token: string | null
  autoReconnect?: boolean
}

export function usePamWebSocket({ token, autoReconnect = true }: PamSocketOptions) {
  const socketRef = useRef<WebSocket | null>(null)
  const [messages, setMessages] = useState<PamMessage[]>([])
  const [isConnected, setIsConnected] = useState(false)
  const retries = useRef(0)

  useEffect(() => {
    if (!token) return
    let cancelled = false
    const open = () => {
      const socket = new WebSocket(`${PAM_WS_URL}?token=${token}`)
      socketRef.current = socket
      socket.onopen = () => {
        retries.current = 0
        setIsConnected(true)
      }
      socket.onmessage = (frame) => {
        const data = JSON.parse(frame.data)
        if (data.type === 'message') setMessages((m) => [...m, data.message])
      }
      socket.onclose = () => {
        setIsConnected(false)
        if (!cancelled && autoReconnect && retries.current < 5) {
          retries.current += 1
          setTimeout(open, 1000 * retries.current)
        }
      }
    }
    open()
    return () => {
      cancelled = true
      socketRef.current?.close()
    }
  }, [token, autoReconnect])

  const sendMessage = (content: string) => {
    socketRef.current?.send(JSON.stringify({ type: 'chat', content }))
  }

  return { messages, isConnected, sendMessage }
}
