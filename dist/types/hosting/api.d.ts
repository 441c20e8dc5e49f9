/** What the hosts' REST APIs (Netlify, Render) share: a bearer token and the one HTTP client. */
import type { AxiosInstance } from 'axios';
import { type HttpLog } from '../http/client.js';
/** Options every host API adapter takes. */
export interface HostApiOptions {
    /** The target's name in the config, for reports. */
    name: string;
    token: string;
    apiUrl: string;
    /** The public URL of what the target serves. */
    url?: string;
    log?: HttpLog;
    timeoutMs?: number;
    retries?: number;
    retryBaseMs?: number;
}
/** A client of a host's API with the token as bearer, retries and redaction from createHttpClient. */
export declare function hostApiClient(service: string, options: HostApiOptions): AxiosInstance;
