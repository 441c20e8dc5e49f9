/** Voice input: the browser's speech recognition, with the transcript sent to PAM. */
import { logger } from '@/lib/logger'

type Recognition = {
  start(): void
  stop(): void
  onresult: ((e: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null
}

export function isVoiceSupported(): boolean {
  return 'webkitSpeechRecognition' in window || 'SpeechRecognition' in window
}

/** Listens once and sends what was said to PAM. The socket module is loaded only when voice is used. */
export async function askByVoice(): Promise<string | null> {
  if (!isVoiceSupported()) return null
  const Ctor =
    (window as unknown as Record<string, new () => Recognition>).SpeechRecognition ??
    (window as unknown as Record<string, new () => Recognition>).webkitSpeechRecognition
  const recognition = new Ctor()
  const transcript = await new Promise<string>((resolve) => {
    recognition.onresult = (e) => resolve(e.results[0]?.[0]?.transcript ?? '')
    recognition.start()
  })
  recognition.stop()
  const { sendPamEvent } = await import('../hooks/usePamWebSocketV2')
  if (!sendPamEvent({ type: 'chat', content: transcript })) logger.warn('voice: PAM is not connected')
  return transcript
}
