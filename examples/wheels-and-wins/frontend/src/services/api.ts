import { API_BASE_URL } from '@/config/env'

/** JSON request to the backend with the user's token; throws with the server's detail on failure. */
export async function apiFetch<T>(path: string, token: string | null, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...init.headers,
    },
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { detail?: string }
    throw new Error(body.detail ?? `${init.method ?? 'GET'} ${path} failed with ${response.status}`)
  }
  return (await response.json()) as T
}

export interface Trip {
  id: string
  name: string
  startDate: string
  stops: Array<{ name: string; lat: number; lng: number }>
  budget: number
}

export const tripsApi = {
  list: (token: string | null) => apiFetch<Trip[]>('/api/v1/trips', token),
  get: (id: string, token: string | null) => apiFetch<Trip>(`/api/v1/trips/${id}`, token),
}
