/**
 * The example app's public contract: what the rehearsal, the deploy's smoke tests and the
 * monitor start and steer. The app stands in for the product of the launch plan (a trip
 * planner with the PAM assistant): health endpoint, login, a WebSocket, a database write.
 */
/**
 * A failure a test or the rehearsal switches on:
 * - `slow`: every HTTP answer waits `slowMs` first (over the plan's P95 budget of 2 s by default);
 * - `errors`: a share (`errorShare`) of HTTP requests answers 500;
 * - `ws-refuse`: WebSocket upgrades are refused with 503;
 * - `wrong-sha`: health reports the previous release instead of the current one;
 * - `db-down`: the database check fails (health 503) and trip reads and writes answer 503;
 * - `auth-down`: the auth check fails (health 503) and login and `/api/me` answer 503;
 * - `page-throws`: the page ships without the widget's config, so its bundle throws on load;
 * - `widget-ws-wrong`: the page gives the widget a stale WebSocket path, which the server refuses.
 */
export type AppFault = 'slow' | 'errors' | 'ws-refuse' | 'wrong-sha' | 'db-down' | 'auth-down' | 'page-throws' | 'widget-ws-wrong';
/** Every fault, for CLIs and tests that iterate over them. */
export declare const APP_FAULTS: readonly AppFault[];
/** The assistant's WebSocket path, as in the product. */
export declare const WS_PATH = "/api/v1/pam/ws";
/** Options of `startExampleApp`. */
export interface ExampleAppOptions {
    /** The release the app reports as `releaseId`; a fixed 40-hex SHA by default. */
    sha?: string;
    /** The app's public version (`version` in health); the plan's `1.5.0` by default. */
    version?: string;
    /** 0 (an ephemeral port) by default. */
    port?: number;
    /** Interface to bind; loopback by default, as the app is for rehearsals and tests. */
    host?: string;
    /** Accounts that can log in, email to password; {@link DEFAULT_USERS} by default. */
    users?: Record<string, string>;
    /** Extra latency of the `slow` fault; 2 500 ms by default. */
    slowMs?: number;
    /** Share of requests the `errors` fault answers 500 (spread evenly, not at random); 0.5 by default. */
    errorShare?: number;
}
/** A running example app. */
export interface ExampleApp {
    /** Base URL, e.g. `http://127.0.0.1:41234` (health is at `${url}/api/health`). */
    url: string;
    /** The assistant's WebSocket, e.g. `ws://127.0.0.1:41234/api/v1/pam/ws`. */
    wsUrl: string;
    /** Simulates a deploy of another commit. */
    setSha(sha: string): void;
    /** Switches a fault on, or all off with `undefined`. */
    setFault(fault: AppFault | undefined): void;
    /** HTTP requests served (WebSocket upgrades included) and how many answered 5xx. */
    stats(): {
        requests: number;
        errors: number;
    };
    close(): Promise<void>;
}
/** The account the rehearsal and the smoke tests log in with unless told otherwise. */
export declare const DEFAULT_USERS: Readonly<Record<string, string>>;
/** The release reported before any `setSha`. */
export declare const DEFAULT_SHA = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
