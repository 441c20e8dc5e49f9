/** What came back. */
export interface HttpGetResult {
    status: number;
    text: string;
}
/** Thrown when the exchange did not finish within its budget. */
export declare class ProbeTimeoutError extends Error {
    readonly timeoutMs: number;
    readonly name: string;
    constructor(timeoutMs: number);
}
/**
 * GETs a URL without following redirects (a redirected health URL is worth reporting as is).
 * @throws ProbeTimeoutError after `timeoutMs` for the whole exchange, or the socket's error
 */
export declare function httpGet(url: string, options: {
    timeoutMs: number;
    headers?: Record<string, string>;
}): Promise<HttpGetResult>;
