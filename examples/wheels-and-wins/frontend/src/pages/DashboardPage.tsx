import { useEffect, useState } from 'react'
import Pam from '@/components/pam/Pam'
import { useAuthToken } from '@/hooks/useAuth'
import { tripsApi, type Trip } from '@/services/api'

export default function DashboardPage() {
  const token = useAuthToken()
  const [trips, setTrips] = useState<Trip[]>([])
  useEffect(() => {
    tripsApi
      .list(token)
      .then(setTrips)
      .catch(() => setTrips([]))
  }, [token])
  const upcoming = trips.filter((t) => new Date(t.startDate) > new Date())
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-2xl font-bold">G'day! {upcoming.length} trip(s) coming up</h1>
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {upcoming.map((t) => (
          <li key={t.id} className="rounded-lg border p-4">
            <h2 className="font-semibold">{t.name}</h2>
            <p className="text-sm text-gray-600">
              {t.stops.length} stops · budget ${t.budget.toFixed(0)}
            </p>
          </li>
        ))}
      </ul>
      <Pam page="dashboard" />
    </main>
  )
}
