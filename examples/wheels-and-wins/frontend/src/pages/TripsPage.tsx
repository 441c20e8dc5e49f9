import { lazy, Suspense, useEffect, useState } from 'react'
import { useParams } from 'react-router-dom'
import { TripLiveMap } from '@/components/trips/TripLiveMap'
import { useAuthToken } from '@/hooks/useAuth'
import { tripsApi, type Trip } from '@/services/api'

// The assistant is heavy (markdown, voice); load it only when a trip is open.
const PamAssistant = lazy(() => import('@/components/pam/PamAssistant'))

export default function TripsPage() {
  const { tripId } = useParams()
  const token = useAuthToken()
  const [trip, setTrip] = useState<Trip | null>(null)
  useEffect(() => {
    if (tripId)
      tripsApi
        .get(tripId, token)
        .then(setTrip)
        .catch(() => setTrip(null))
  }, [tripId, token])
  if (!trip) return <main className="p-6">Pick a trip to see its route.</main>
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-2xl font-bold">{trip.name}</h1>
      <ol className="mt-4 list-decimal pl-6">
        {trip.stops.map((s) => (
          <li key={s.name}>{s.name}</li>
        ))}
      </ol>
      <TripLiveMap tripId={trip.id} />
      <Suspense fallback={null}>
        <PamAssistant currentPage="trips" tripId={trip.id} />
      </Suspense>
    </main>
  )
}
