/** The result of one WebSocket probe. */
export interface WebSocketProbe {
    /** When the probe started, ISO 8601. */
    at: string;
    /** Connected, got the expected reply (if one was expected) and closed cleanly. */
    ok: boolean;
    /** Milliseconds until the upgrade completed. */
    connectMs?: number;
    /** Milliseconds from sending the message to the reply with its correlation id. */
    replyMs?: number;
    error?: string;
}
/** Options of {@link probeWebSocket}. */
export interface WebSocketProbeOptions {
    /** Budget for the whole probe: connect, reply and close. */
    timeoutMs: number;
    /** JSON to send; an object gets a `correlationId` field added. `{ type: 'ping' }` when only a reply is expected. */
    message?: unknown;
    /** Wait for a reply carrying the correlation id; true by default when a message is given. */
    expectReply?: boolean;
    /** Upgrade request headers (e.g. a bearer token); never echoed in `error`. */
    headers?: Record<string, string>;
}
/**
 * Probes a WebSocket endpoint once.
 * @param url e.g. `wss://api.example.com/api/v1/pam/ws`
 * @returns the probe; never rejects
 */
export declare function probeWebSocket(url: string, options: WebSocketProbeOptions): Promise<WebSocketProbe>;
/** The message as sent: an object gains `correlationId`; anything else is wrapped. */
export declare function withCorrelationId(message: unknown, correlationId: string): Record<string, unknown>;
/** The `correlationId` of a JSON reply (top level or under `data`), if any. */
export declare function correlationOf(text: string): string | undefined;
