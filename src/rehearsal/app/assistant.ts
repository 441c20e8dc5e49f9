/**
 * The example app's WebSocket protocol, a stand-in for the PAM assistant: `ping` gets a `pong`,
 * a `message` gets a short assistant reply, both echoing the client's `correlationId` so a
 * client can match answers to questions. Pure: text in, text out.
 */

interface ClientMessage {
  type?: unknown
  correlationId?: unknown
  content?: unknown
  message?: unknown
}

/**
 * The reply to one frame, as JSON text; a frame that cannot be understood gets an `error` reply.
 * @param releaseId the running release, included in pongs so a client can see what it talks to
 */
export function assistantReply(frame: string, releaseId: string): string {
  let parsed: ClientMessage
  try {
    parsed = JSON.parse(frame) as ClientMessage
  } catch {
    return JSON.stringify({ type: 'error', error: 'frames must be JSON objects' })
  }
  if (!parsed || typeof parsed !== 'object') {
    return JSON.stringify({ type: 'error', error: 'frames must be JSON objects' })
  }
  const correlationId = typeof parsed.correlationId === 'string' ? parsed.correlationId : undefined
  const id = correlationId === undefined ? {} : { correlationId }
  if (parsed.type === 'ping') {
    return JSON.stringify({ type: 'pong', ...id, releaseId, timestamp: new Date().toISOString() })
  }
  if (parsed.type === 'message') {
    const text = String(parsed.content ?? parsed.message ?? '').slice(0, 200)
    return JSON.stringify({
      type: 'message',
      role: 'assistant',
      ...id,
      content: text ? `PAM heard: "${text}". How can I help with your trip?` : 'Hi, I am PAM. Where to?',
    })
  }
  return JSON.stringify({
    type: 'error',
    ...id,
    error: `unknown message type ${JSON.stringify(parsed.type)}`,
  })
}
