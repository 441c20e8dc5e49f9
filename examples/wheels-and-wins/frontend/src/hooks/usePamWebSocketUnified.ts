/** The one React hook for PAM: state over {@link pamService}, which owns the socket. */
import { useCallback, useEffect, useState } from 'react'
import { pamService } from '@/services/pamService'
import type { PamConnectionStatus, PamContext, PamMessage } from '@/types/pam'

export interface UsePamWebSocketResult {
  messages: PamMessage[]
  status: PamConnectionStatus
  isTyping: boolean
  lastError: string | null
  sendMessage: (content: string, context?: PamContext) => void
  clear: () => void
}

export function usePamWebSocketUnified(token: string | null): UsePamWebSocketResult {
  const [messages, setMessages] = useState<PamMessage[]>([])
  const [status, setStatus] = useState<PamConnectionStatus>('idle')
  const [isTyping, setIsTyping] = useState(false)
  const [lastError, setLastError] = useState<string | null>(null)

  useEffect(() => {
    if (!token) return
    pamService.connect(token)
    const offStatus = pamService.onStatus(setStatus)
    const offEvents = pamService.subscribe((event) => {
      if (event.type === 'message') setMessages((previous) => [...previous, event.message])
      else if (event.type === 'typing') setIsTyping(event.isTyping)
      else if (event.type === 'error') setLastError(event.detail)
    })
    return () => {
      offStatus()
      offEvents()
    }
  }, [token])

  const sendMessage = useCallback((content: string, context?: PamContext) => {
    const message: PamMessage = {
      id: crypto.randomUUID(),
      role: 'user',
      content,
      createdAt: new Date().toISOString(),
    }
    setMessages((previous) => [...previous, message])
    pamService.send({ type: 'chat', content, context: context ? { ...context } : undefined })
  }, [])

  const clear = useCallback(() => setMessages([]), [])

  return { messages, status, isTyping, lastError, sendMessage, clear }
}
