/** The round PAM button in the corner of every page, with a dot for the connection state. */
import { useAuthToken } from '@/hooks/useAuth'
import { usePamWebSocketConnection } from '../../hooks/usePamWebSocketConnection'

const DOT = {
  connected: 'bg-green-500',
  connecting: 'bg-yellow-500',
  disconnected: 'bg-gray-400',
  failed: 'bg-red-500',
}

export function PamFloatingButton({ onClick }: { onClick: () => void }) {
  const token = useAuthToken()
  const { state } = usePamWebSocketConnection({ token })
  return (
    <button
      className="relative rounded-full bg-blue-600 p-4 text-white shadow-lg"
      onClick={onClick}
      aria-label={`PAM (${state})`}
    >
      PAM
      <span className={`absolute right-1 top-1 h-3 w-3 rounded-full ${DOT[state]}`} />
    </button>
  )
}
