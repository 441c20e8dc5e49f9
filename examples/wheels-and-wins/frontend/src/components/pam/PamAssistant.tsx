/**
 * @deprecated Older copy of Pam.tsx built on the v2 socket. Merge what is left into Pam.tsx.
 */
import { useMemo, useState } from 'react'
import { ChatInput } from '@/components/chat/ChatInput'
import { MessageList } from '@/components/chat/MessageList'
import { useAuthToken } from '@/hooks/useAuth'
import { useGeolocation } from '@/hooks/useGeolocation'
import { usePamWebSocketV2 } from '@/hooks/usePamWebSocketV2'

interface PamAssistantProps {
  currentPage: string
  tripId?: string
  startOpen?: boolean
}

const PROMPTS = ['Plan a route to Byron Bay', 'How much fuel will I need?', 'Free camping near me']

export function PamAssistant({ currentPage, tripId, startOpen = false }: PamAssistantProps) {
  const authToken = useAuthToken()
  const coords = useGeolocation()
  const [open, setOpen] = useState(startOpen)
  const { messages, connected, send } = usePamWebSocketV2(authToken)

  const pageContext = useMemo(
    () => ({ page: currentPage, tripId, location: coords ?? undefined }),
    [currentPage, tripId, coords],
  )

  const onSend = (text: string) => {
    if (!connected) return
    send(`${text}\n\n[context: ${JSON.stringify(pageContext)}]`)
  }

  const label = connected ? 'Online' : authToken ? 'Connecting…' : 'Sign in to chat'
  const dot = connected ? 'bg-green-500' : authToken ? 'bg-yellow-500' : 'bg-gray-400'

  if (!open) {
    return (
      <button
        className="fixed bottom-6 right-6 rounded-full bg-blue-600 px-5 py-3 text-white shadow-lg"
        onClick={() => setOpen(true)}
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
          <span className={`h-2 w-2 rounded-full ${dot}`} />
          <h2 className="font-semibold">PAM</h2>
          <span className="text-xs text-gray-500">{label}</span>
        </div>
        <button aria-label="Close PAM" onClick={() => setOpen(false)}>
          ×
        </button>
      </header>
      {messages.length === 0 ? (
        <ul className="flex-1 space-y-2 p-4">
          {PROMPTS.map((prompt) => (
            <li key={prompt}>
              <button
                className="w-full rounded border p-2 text-left text-sm hover:bg-gray-50"
                onClick={() => onSend(prompt)}
              >
                {prompt}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <MessageList messages={messages} />
      )}
      <ChatInput disabled={!connected} onSend={onSend} />
    </section>
  )
}

export default PamAssistant
