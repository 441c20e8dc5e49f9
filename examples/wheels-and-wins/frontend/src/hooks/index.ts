// Hooks barrel: pages import from '@/hooks'.
export { useAuthToken } from './useAuth'
export { useGeolocation, type Position } from './useGeolocation'
export { usePamWebSocket } from './usePamWebSocket'
export * from './usePamWebSocketV2'
export { usePamWebSocketUnified } from './usePamWebSocketUnified'
