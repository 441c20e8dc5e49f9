/**
 * PAM, the travel assistant: chat panel with voice input, shown on the dashboard and the trip pages.
 */
import { useMemo, useState } from 'react'
import { ChatInput } from '@/components/chat/ChatInput'
import { MessageList } from '@/components/chat/MessageList'
import { useAuthToken } from '@/hooks/useAuth'
import { useGeolocation } from '@/hooks/useGeolocation'
import { usePamWebSocket } from '@/hooks/usePamWebSocket'

interface PamProps {
  page: string
  tripId?: string
  defaultOpen?: boolean
}

const SUGGESTIONS = ['Plan a route to Byron Bay', 'How much fuel will I need?', 'Free camping near me']

export default function Pam({ page, tripId, defaultOpen = false }: PamProps) {
  const token = useAuthToken()
  const position = useGeolocation()
  const [isOpen, setIsOpen] = useState(defaultOpen)
  const { messages, isConnected, sendMessage } = usePamWebSocket({ token })

  const context = useMemo(() => ({ page, tripId, location: position ?? undefined }), [page, tripId, position])

  const handleSend = (content: string) => {
    if (!isConnected) return
    sendMessage(`${content}\n\n[context: ${JSON.stringify(context)}]`)
  }

  const statusLabel = isConnected ? 'Online' : token ? 'Connecting…' : 'Sign in to chat'
  const statusColor = isConnected ? 'bg-green-500' : token ? 'bg-yellow-500' : 'bg-gray-400'

  if (!isOpen) {
    return (
      <button
        className="fixed bottom-6 right-6 rounded-full bg-blue-600 px-5 py-3 text-white shadow-lg"
        onClick={() => setIsOpen(true)}
      >
        Ask PAM
      </button>
    )
  }

  return (
    <section
      className="fixed bottom-6 right-6 flex h-[32rem] w-96 flex-col rounded-xl bg-white shadow-2xl"
      aria-label="PAM assistant"
    >
      <header className="flex items-center justify-between border-b p-3">
        <div className="flex items-center gap-2">
          <span className={`h-2 w-2 rounded-full ${statusColor}`} />
          <h2 className="font-semibold">PAM</h2>
          <span className="text-xs text-gray-500">{statusLabel}</span>
        </div>
        <button aria-label="Close PAM" onClick={() => setIsOpen(false)}>
          ×
        </button>
      </header>
      {messages.length === 0 ? (
        <ul className="flex-1 space-y-2 p-4">
          {SUGGESTIONS.map((suggestion) => (
            <li key={suggestion}>
              <button
                className="w-full rounded border p-2 text-left text-sm hover:bg-gray-50"
                onClick={() => handleSend(suggestion)}
              >
                {suggestion}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <MessageList messages={messages} />
      )}
      <ChatInput disabled={!isConnected} onSend={handleSend} />
    </section>
  )
}
