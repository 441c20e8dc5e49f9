/** Messages exchanged with PAM over the WebSocket, shared by the frontend and the backend's tests. */

export type PamRole = 'user' | 'assistant' | 'system'

export interface PamMessage {
  id: string
  role: PamRole
  content: string
  createdAt: string
  /** Tools PAM called to answer, e.g. `get_weather`, `plan_trip`. */
  toolCalls?: string[]
}

export type PamServerEvent =
  | { type: 'message'; message: PamMessage }
  | { type: 'typing'; isTyping: boolean }
  | { type: 'error'; code: string; detail: string }
  | { type: 'pong' }

export type PamClientEvent =
  { type: 'chat'; content: string; context?: Record<string, unknown> } | { type: 'ping' }

export const PAM_PROTOCOL_VERSION = 3

/** Parses a server frame; returns undefined for anything that is not a PAM event. */
export function parseServerEvent(data: string): PamServerEvent | undefined {
  try {
    const event = JSON.parse(data) as { type?: unknown }
    return typeof event.type === 'string' ? (event as PamServerEvent) : undefined
  } catch {
    return undefined
  }
}
