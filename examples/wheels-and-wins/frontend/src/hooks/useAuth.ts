import { useEffect, useState } from 'react'

/** The signed-in user's access token (Supabase session), or null when signed out. */
export function useAuthToken(): string | null {
  const [token, setToken] = useState<string | null>(() => localStorage.getItem('sb-access-token'))
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === 'sb-access-token') setToken(e.newValue)
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])
  return token
}
