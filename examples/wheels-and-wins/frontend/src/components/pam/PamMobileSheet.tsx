/**
 * PAM as a bottom sheet on phones. Started as a copy of Pam.tsx "for now" (see the launch plan,
 * phase 3: this is one of the copies the consolidation folds back into Pam).
 */
import { useMemo, useState } from 'react'
import { ChatInput } from '@/components/chat/ChatInput'
import { MessageList } from '@/components/chat/MessageList'
import { useAuthToken } from '@/hooks/useAuth'
import { useGeolocation } from '@/hooks/useGeolocation'
import { usePamWebSocketUnified } from '@/hooks/usePamWebSocketUnified'

interface PamMobileSheetProps {
  route: string
  trip?: string
  expanded?: boolean
}

const QUICK_ASKS = ['Plan a route to Byron Bay', 'How much fuel will I need?', 'Free camping near me']

export function PamMobileSheet({ route, trip, expanded = false }: PamMobileSheetProps) {
  const jwt = useAuthToken()
  const here = useGeolocation()
  const [sheetOpen, setSheetOpen] = useState(expanded)
  const { messages, status, sendMessage } = usePamWebSocketUnified(jwt)
  const online = status === 'open'

  const ctx = useMemo(() => ({ page: route, tripId: trip, location: here ?? undefined }), [route, trip, here])

  const submit = (question: string) => {
    if (!online) return
    sendMessage(`${question}\n\n[context: ${JSON.stringify(ctx)}]`)
  }

  const caption = online ? 'Online' : jwt ? 'Connecting…' : 'Sign in to chat'
  const tone = online ? 'bg-green-500' : jwt ? 'bg-yellow-500' : 'bg-gray-400'

  if (!sheetOpen) {
    return (
      <button
        className="fixed bottom-0 inset-x-0 bg-blue-600 py-3 text-white"
        onClick={() => setSheetOpen(true)}
      >
        Ask PAM
      </button>
    )
  }

  return (
    <section
      className="fixed inset-x-0 bottom-0 flex h-[70vh] flex-col rounded-t-2xl bg-white shadow-2xl"
      aria-label="PAM assistant"
    >
      <header className="flex items-center justify-between border-b p-3">
        <div className="flex items-center gap-2">
          <span className={`h-2 w-2 rounded-full ${tone}`} />
          <h2 className="font-semibold">PAM</h2>
          <span className="text-xs text-gray-500">{caption}</span>
        </div>
        <button aria-label="Close PAM" onClick={() => setSheetOpen(false)}>
          ×
        </button>
      </header>
      {messages.length === 0 ? (
        <ul className="flex-1 space-y-2 p-4">
          {QUICK_ASKS.map((ask) => (
            <li key={ask}>
              <button
                className="w-full rounded border p-2 text-left text-sm hover:bg-gray-50"
                onClick={() => submit(ask)}
              >
                {ask}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <MessageList messages={messages} />
      )}
      <ChatInput disabled={!online} onSend={submit} />
    </section>
  )
}
