import { useEffect, useRef } from 'react'
import type { PamMessage } from '@/types/pam'

interface MessageListProps {
  messages: PamMessage[]
  isTyping?: boolean
}

/** The conversation, newest at the bottom, scrolled into view as messages arrive. */
export function MessageList({ messages, isTyping = false }: MessageListProps) {
  const end = useRef<HTMLDivElement>(null)
  useEffect(() => end.current?.scrollIntoView({ behavior: 'smooth' }), [messages.length])
  return (
    <div className="flex-1 space-y-3 overflow-y-auto p-4" role="log" aria-live="polite">
      {messages.map((m) => (
        <div
          key={m.id}
          className={
            m.role === 'user'
              ? 'ml-auto max-w-[80%] rounded-lg bg-blue-600 p-3 text-white'
              : 'max-w-[80%] rounded-lg bg-gray-100 p-3'
          }
        >
          {m.content}
          {m.toolCalls && m.toolCalls.length > 0 && (
            <div className="mt-1 text-xs opacity-70">used {m.toolCalls.join(', ')}</div>
          )}
        </div>
      ))}
      {isTyping && <div className="text-sm text-gray-500">PAM is typing…</div>}
      <div ref={end} />
    </div>
  )
}
