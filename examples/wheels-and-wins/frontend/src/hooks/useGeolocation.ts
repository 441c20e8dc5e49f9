import { useEffect, useState } from 'react'

export interface Position {
  lat: number
  lng: number
}

/** The browser's position, refreshed as the traveller moves; null until permission is granted. */
export function useGeolocation(): Position | null {
  const [position, setPosition] = useState<Position | null>(null)
  useEffect(() => {
    if (!('geolocation' in navigator)) return
    const id = navigator.geolocation.watchPosition(
      (p) => setPosition({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => setPosition(null),
      { enableHighAccuracy: false, maximumAge: 60_000 },
    )
    return () => navigator.geolocation.clearWatch(id)
  }, [])
  return position
}
