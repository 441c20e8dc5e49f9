import { useState } from 'react'
import type { PamConnectionState } from '@/hooks/usePamWebSocketConnection'
import { isVoiceSupported } from '@/services/voiceService'

const LABELS: Record<PamConnectionState, string> = {
  connected: 'PAM is connected',
  connecting: 'Connecting to PAM…',
  disconnected: 'PAM is offline',
  failed: 'PAM could not connect',
}

export default function SettingsPage({ pamState = 'disconnected' }: { pamState?: PamConnectionState }) {
  const [debug, setDebug] = useState(localStorage.getItem('pam:debug') === '1')
  const toggle = () => {
    localStorage.setItem('pam:debug', debug ? '0' : '1')
    setDebug(!debug)
  }
  return (
    <main className="mx-auto max-w-2xl space-y-4 p-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <p>{LABELS[pamState]}</p>
      <p>Voice input: {isVoiceSupported() ? 'available' : 'not supported by this browser'}</p>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={debug} onChange={toggle} /> Log PAM traffic to the console
      </label>
    </main>
  )
}
