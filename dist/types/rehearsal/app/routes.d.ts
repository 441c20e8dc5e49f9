import type { AppState } from './state.js';
/** A request as the routes see it: parsed, small, decoded. */
export interface AppRequest {
    method: string;
    path: string;
    /** Bearer token of the Authorization header, if any. */
    bearer?: string;
    /** Parsed JSON body; undefined when empty; `INVALID_JSON` when it did not parse. */
    body: unknown;
}
/** An answer; `body` (JSON) and `text` undefined means no body (204). */
export interface AppAnswer {
    status: number;
    body?: unknown;
    /** A body sent as is (the page and its script), instead of JSON. */
    text?: string;
    contentType?: string;
}
/** Marks a body that was sent but is not JSON. */
export declare const INVALID_JSON: unique symbol;
/** Answers one request. */
export declare function route(state: AppState, req: AppRequest): AppAnswer;
/** An error answer, `{ error }` as the app's clients expect. */
export declare function problem(status: number, message: string): AppAnswer;
