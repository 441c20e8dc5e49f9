/**
 * Sentry's envelope format, what `@sentry/node` sends to `/api/{projectId}/envelope/`: a JSON
 * header line, then items, each a JSON header line and a payload (of `length` bytes when the
 * header says so, otherwise up to the next newline). Parsed so a test can read what was sent.
 */

/** One item of an envelope. */
export interface EnvelopeItem {
  /** `event`, `transaction`, `check_in`, `session`, `client_report`, ... */
  type: string
  header: Record<string, unknown>
  /** The payload parsed as JSON, or its text when it is not JSON (attachments). */
  payload: unknown
}

/** One received envelope. */
export interface Envelope {
  projectId: string
  header: Record<string, unknown>
  items: EnvelopeItem[]
}

/**
 * Parses an envelope body.
 * @throws Error when a header line is not JSON (the server answers 400)
 */
export function parseEnvelope(projectId: string, body: Buffer): Envelope {
  let offset = 0
  const line = (): Buffer | undefined => {
    if (offset >= body.length) return undefined
    const end = body.indexOf(0x0a, offset)
    const stop = end === -1 ? body.length : end
    const slice = body.subarray(offset, stop)
    offset = stop + 1
    return slice
  }
  const header = JSON.parse(line()?.toString('utf8') ?? '{}') as Record<string, unknown>
  const items: EnvelopeItem[] = []
  for (let raw = line(); raw !== undefined; raw = line()) {
    if (raw.length === 0) continue
    const itemHeader = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
    let payload: Buffer
    if (typeof itemHeader.length === 'number') {
      payload = body.subarray(offset, offset + itemHeader.length)
      offset += itemHeader.length + 1
    } else {
      payload = line() ?? Buffer.alloc(0)
    }
    items.push({
      type: String(itemHeader.type ?? 'unknown'),
      header: itemHeader,
      payload: parsePayload(payload),
    })
  }
  return { projectId, header, items }
}

function parsePayload(payload: Buffer): unknown {
  const text = payload.toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}
