import { z } from 'zod';
/** Where the merged commit goes live, and how launchgate can tell. */
export declare const targetSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    kind: z.ZodLiteral<"netlify">;
    'site-id': z.ZodString;
    'token-secret': z.ZodDefault<z.ZodString>;
    'api-url': z.ZodDefault<z.ZodURL>;
    name: z.ZodString;
    url: z.ZodOptional<z.ZodURL>;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"render">;
    'service-id': z.ZodString;
    'token-secret': z.ZodDefault<z.ZodString>;
    'api-url': z.ZodDefault<z.ZodURL>;
    name: z.ZodString;
    url: z.ZodOptional<z.ZodURL>;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"health">;
    'health-url': z.ZodURL;
    name: z.ZodString;
    url: z.ZodOptional<z.ZodURL>;
}, z.core.$strict>], "kind">;
/** One smoke test; `kind` picks its shape. */
export declare const smokeTestSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    kind: z.ZodLiteral<"http">;
    method: z.ZodDefault<z.ZodEnum<{
        GET: "GET";
        HEAD: "HEAD";
        POST: "POST";
        PUT: "PUT";
        PATCH: "PATCH";
        DELETE: "DELETE";
        OPTIONS: "OPTIONS";
    }>>;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    'header-secrets': z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    body: z.ZodOptional<z.ZodUnknown>;
    authenticated: z.ZodDefault<z.ZodBoolean>;
    expect: z.ZodDefault<z.ZodObject<{
        status: z.ZodDefault<z.ZodNumber>;
        json: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>;
        'latency-ms': z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    name: z.ZodString;
    path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
    'timeout-ms': z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"auth">;
    expect: z.ZodDefault<z.ZodObject<{
        status: z.ZodDefault<z.ZodNumber>;
        json: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>;
        'latency-ms': z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    name: z.ZodString;
    path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
    'timeout-ms': z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"websocket">;
    message: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    name: z.ZodString;
    path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
    'timeout-ms': z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"db-write">;
    body: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    'id-field': z.ZodDefault<z.ZodString>;
    authenticated: z.ZodDefault<z.ZodBoolean>;
    name: z.ZodString;
    path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
    'timeout-ms': z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    name: z.ZodString;
    kind: z.ZodLiteral<"browser">;
    path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
    'timeout-ms': z.ZodDefault<z.ZodNumber>;
    'expect-selector': z.ZodOptional<z.ZodString>;
    'expect-text': z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    'expect-websocket': z.ZodOptional<z.ZodString>;
    steps: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
        type: z.ZodObject<{
            selector: z.ZodString;
            text: z.ZodString;
        }, z.core.$strict>;
    }, z.core.$strict>, z.ZodObject<{
        press: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            selector: z.ZodOptional<z.ZodString>;
            key: z.ZodString;
        }, z.core.$strict>]>;
    }, z.core.$strict>, z.ZodObject<{
        click: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        'wait-for': z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        'wait-for-text': z.ZodString;
    }, z.core.$strict>]>>>;
    'allow-console-errors': z.ZodDefault<z.ZodArray<z.ZodString>>;
    'allow-failed-requests': z.ZodDefault<z.ZodArray<z.ZodString>>;
    'settle-ms': z.ZodDefault<z.ZodNumber>;
    viewport: z.ZodDefault<z.ZodObject<{
        width: z.ZodNumber;
        height: z.ZodNumber;
    }, z.core.$strict>>;
    screenshot: z.ZodDefault<z.ZodBoolean>;
    required: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>], "kind">;
declare const sentrySchema: z.ZodObject<{
    'api-url': z.ZodDefault<z.ZodURL>;
    org: z.ZodString;
    projects: z.ZodArray<z.ZodString>;
    'token-secret': z.ZodDefault<z.ZodString>;
    repository: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const ROLLBACK_CAUSES: readonly ["smoke-tests", "host-failure", "timeout"];
export declare const deploySchema: z.ZodObject<{
    environment: z.ZodDefault<z.ZodString>;
    'source-branch': z.ZodDefault<z.ZodString>;
    'target-branch': z.ZodDefault<z.ZodString>;
    promote: z.ZodDefault<z.ZodEnum<{
        auto: "auto";
        merge: "merge";
        "pull-request": "pull-request";
    }>>;
    'pull-request-label': z.ZodDefault<z.ZodString>;
    checklist: z.ZodDefault<z.ZodObject<{
        'required-checks': z.ZodDefault<z.ZodUnion<readonly [z.ZodBoolean, z.ZodArray<z.ZodString>]>>;
        'blocking-label': z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodLiteral<false>]>>;
        secrets: z.ZodDefault<z.ZodArray<z.ZodString>>;
        variables: z.ZodDefault<z.ZodArray<z.ZodString>>;
        migrations: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodLiteral<false>]>>;
        changelog: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodLiteral<false>]>>;
        docs: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            when: z.ZodArray<z.ZodString>;
            touch: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        skip: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    targets: z.ZodDefault<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"netlify">;
        'site-id': z.ZodString;
        'token-secret': z.ZodDefault<z.ZodString>;
        'api-url': z.ZodDefault<z.ZodURL>;
        name: z.ZodString;
        url: z.ZodOptional<z.ZodURL>;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"render">;
        'service-id': z.ZodString;
        'token-secret': z.ZodDefault<z.ZodString>;
        'api-url': z.ZodDefault<z.ZodURL>;
        name: z.ZodString;
        url: z.ZodOptional<z.ZodURL>;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"health">;
        'health-url': z.ZodURL;
        name: z.ZodString;
        url: z.ZodOptional<z.ZodURL>;
    }, z.core.$strict>], "kind">>>;
    'wait-timeout-minutes': z.ZodDefault<z.ZodNumber>;
    'poll-seconds': z.ZodDefault<z.ZodNumber>;
    smoke: z.ZodDefault<z.ZodObject<{
        browser: z.ZodOptional<z.ZodString>;
        'artifacts-dir': z.ZodDefault<z.ZodString>;
        visual: z.ZodOptional<z.ZodObject<{
            'baseline-url': z.ZodOptional<z.ZodURL>;
            pages: z.ZodDefault<z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                path: z.ZodString;
                'wait-for': z.ZodOptional<z.ZodString>;
                mask: z.ZodDefault<z.ZodArray<z.ZodString>>;
                'full-page': z.ZodDefault<z.ZodBoolean>;
            }, z.core.$strict>>>;
            threshold: z.ZodDefault<z.ZodNumber>;
            'pixel-threshold': z.ZodDefault<z.ZodNumber>;
            viewport: z.ZodDefault<z.ZodObject<{
                width: z.ZodNumber;
                height: z.ZodNumber;
            }, z.core.$strict>>;
            'timeout-ms': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        'base-url': z.ZodOptional<z.ZodURL>;
        login: z.ZodOptional<z.ZodObject<{
            path: z.ZodDefault<z.ZodUnion<readonly [z.ZodURL, z.ZodString]>>;
            'email-secret': z.ZodDefault<z.ZodString>;
            'password-secret': z.ZodDefault<z.ZodString>;
            'token-field': z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
        tests: z.ZodDefault<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            kind: z.ZodLiteral<"http">;
            method: z.ZodDefault<z.ZodEnum<{
                GET: "GET";
                HEAD: "HEAD";
                POST: "POST";
                PUT: "PUT";
                PATCH: "PATCH";
                DELETE: "DELETE";
                OPTIONS: "OPTIONS";
            }>>;
            headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            'header-secrets': z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            body: z.ZodOptional<z.ZodUnknown>;
            authenticated: z.ZodDefault<z.ZodBoolean>;
            expect: z.ZodDefault<z.ZodObject<{
                status: z.ZodDefault<z.ZodNumber>;
                json: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>;
                'latency-ms': z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            name: z.ZodString;
            path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
            'timeout-ms': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"auth">;
            expect: z.ZodDefault<z.ZodObject<{
                status: z.ZodDefault<z.ZodNumber>;
                json: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>;
                'latency-ms': z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            name: z.ZodString;
            path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
            'timeout-ms': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"websocket">;
            message: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            name: z.ZodString;
            path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
            'timeout-ms': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"db-write">;
            body: z.ZodRecord<z.ZodString, z.ZodUnknown>;
            'id-field': z.ZodDefault<z.ZodString>;
            authenticated: z.ZodDefault<z.ZodBoolean>;
            name: z.ZodString;
            path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
            'timeout-ms': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>, z.ZodObject<{
            name: z.ZodString;
            kind: z.ZodLiteral<"browser">;
            path: z.ZodUnion<readonly [z.ZodURL, z.ZodString]>;
            'timeout-ms': z.ZodDefault<z.ZodNumber>;
            'expect-selector': z.ZodOptional<z.ZodString>;
            'expect-text': z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            'expect-websocket': z.ZodOptional<z.ZodString>;
            steps: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
                type: z.ZodObject<{
                    selector: z.ZodString;
                    text: z.ZodString;
                }, z.core.$strict>;
            }, z.core.$strict>, z.ZodObject<{
                press: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                    selector: z.ZodOptional<z.ZodString>;
                    key: z.ZodString;
                }, z.core.$strict>]>;
            }, z.core.$strict>, z.ZodObject<{
                click: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                'wait-for': z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                'wait-for-text': z.ZodString;
            }, z.core.$strict>]>>>;
            'allow-console-errors': z.ZodDefault<z.ZodArray<z.ZodString>>;
            'allow-failed-requests': z.ZodDefault<z.ZodArray<z.ZodString>>;
            'settle-ms': z.ZodDefault<z.ZodNumber>;
            viewport: z.ZodDefault<z.ZodObject<{
                width: z.ZodNumber;
                height: z.ZodNumber;
            }, z.core.$strict>>;
            screenshot: z.ZodDefault<z.ZodBoolean>;
            required: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>], "kind">>>;
        concurrency: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    'p95-budget-ms': z.ZodDefault<z.ZodNumber>;
    sentry: z.ZodOptional<z.ZodObject<{
        'api-url': z.ZodDefault<z.ZodURL>;
        org: z.ZodString;
        projects: z.ZodArray<z.ZodString>;
        'token-secret': z.ZodDefault<z.ZodString>;
        repository: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    'rollback-on': z.ZodDefault<z.ZodArray<z.ZodEnum<{
        "smoke-tests": "smoke-tests";
        "host-failure": "host-failure";
        timeout: "timeout";
    }>>>;
}, z.core.$strict>;
export type DeployConfig = z.output<typeof deploySchema>;
export type DeployTarget = z.output<typeof targetSchema>;
export type SmokeTestConfig = z.output<typeof smokeTestSchema>;
export type ChecklistConfig = DeployConfig['checklist'];
export type SentryConfig = z.output<typeof sentrySchema>;
export {};
