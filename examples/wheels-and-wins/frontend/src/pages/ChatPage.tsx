/** Full-screen PAM chat (the /pam route). */
import { ChatInput } from '../components/chat/ChatInput'
import { MessageList } from '../components/chat/MessageList'
import { useAuthToken } from '../hooks/useAuth'
import { usePamWebSocket } from '../hooks/usePamWebSocket'

export default function ChatPage() {
  const token = useAuthToken()
  const { messages, isConnected, sendMessage } = usePamWebSocket({ token, autoReconnect: true })
  return (
    <main className="mx-auto flex h-[calc(100vh-4rem)] max-w-3xl flex-col">
      <h1 className="p-4 text-xl font-semibold">Chat with PAM</h1>
      <MessageList messages={messages} />
      <ChatInput disabled={!isConnected} onSend={sendMessage} />
    </main>
  )
}
