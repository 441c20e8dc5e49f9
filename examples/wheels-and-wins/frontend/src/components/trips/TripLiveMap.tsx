import { useEffect, useState } from 'react'
import { tripChannel, type TripUpdate } from '@/services/realtimeService'

/** Positions of the travellers on a shared trip, updated live. */
export function TripLiveMap({ tripId }: { tripId: string }) {
  const [updates, setUpdates] = useState<TripUpdate[]>([])
  useEffect(
    () => tripChannel.onUpdate((u) => u.tripId === tripId && setUpdates((all) => [...all.slice(-49), u])),
    [tripId],
  )
  return (
    <ul className="space-y-1 text-sm">
      {updates.map((u, i) => (
        <li key={i}>
          {u.kind}: {JSON.stringify(u.payload)}
        </li>
      ))}
    </ul>
  )
}
