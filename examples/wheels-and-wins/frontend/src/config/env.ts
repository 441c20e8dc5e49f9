/** Runtime settings, read once from Vite's environment. */
const env = import.meta.env

export const API_BASE_URL: string = env.VITE_API_BASE_URL ?? 'http://localhost:8000'

/** ws(s):// URL of the PAM endpoint, derived from the API URL unless set explicitly. */
export const PAM_WS_URL: string =
  env.VITE_PAM_WS_URL ?? `${API_BASE_URL.replace(/^http/, 'ws')}/api/v1/pam/ws`

export const RECONNECT_MAX_ATTEMPTS = 8
export const HEARTBEAT_INTERVAL_MS = 25_000
