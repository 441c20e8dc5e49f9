import { useAuthToken, usePamWebSocket } from '@/hooks'

/** A banner when PAM's socket is down, so travellers know answers may be delayed. */
export function OfflineBanner() {
  const token = useAuthToken()
  const { isConnected } = usePamWebSocket({ token, autoReconnect: false })
  if (!token || isConnected) return null
  return (
    <div className="bg-amber-100 px-4 py-2 text-sm text-amber-900">
      PAM is offline; we will reconnect soon.
    </div>
  )
}
