/** PAM types used across the app; the wire format lives in the shared protocol package. */
export type { PamMessage, PamRole, PamServerEvent, PamClientEvent } from '@wheels/pam-protocol'

export type PamConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed' | 'error'

export interface PamContext {
  page: string
  tripId?: string
  location?: { lat: number; lng: number }
}
