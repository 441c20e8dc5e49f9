/**
 * The capability registry: the one list that the config schema, `launchgate config`, the CLI's
 * commands, the umbrella action, the action entries, the package exports, the config `init`
 * writes and the README read.
 * A new capability is one folder plus one entry here (see "Adding a capability" in the README);
 * test/capabilities.test.ts holds every other list to this one.
 *
 * Everything heavy is loaded lazily: the CLI and the actions import this file on every run, and
 * `launchgate consolidation` must not pay for the review's ESLint.
 */
import type { LoadedConfig } from './config/load.js';
import type { LaunchgateConfig } from './config/schema.js';
import type { Register } from './cli/io.js';
import type { Finding } from './report/types.js';
import type { Runtime } from './runtime/runtime.js';
/** Checks of a loaded config beyond its schema (a canonical file that is not there). */
export type ConfigCheck = (loaded: LoadedConfig, root: string) => Promise<Finding[]>;
/** An action's body: what it does once the runtime is built. */
export type ActionBody = (runtime: Runtime) => Promise<void>;
export interface Capability {
    name: string;
    /** One line: the CLI's help and the README's table. */
    summary: string;
    /** Its section of `.github/launchgate.yml`. */
    section?: keyof typeof SECTIONS;
    /** Its row of `launchgate config`: the settings that matter most. */
    describe?: (config: LaunchgateConfig) => string;
    /** Its checks of the config against the repository. */
    check?: () => Promise<ConfigCheck>;
    /** Its CLI command. */
    command?: () => Promise<Register>;
    /** Its actions, by name (`actions/<name>/action.yml`, `dist/<name>.js`). */
    actions?: Readonly<Record<string, () => Promise<ActionBody>>>;
    /** Whether the umbrella action (`command: <name>`) runs its action of the same name. */
    umbrella?: boolean;
    /** Its public API, re-exported by `src/index.ts`. */
    library?: string;
}
/**
 * The config file's sections, by the capability that owns each. Kept apart from the entries
 * because the config's type is composed from these alone, and the entries are typed by it.
 */
export declare const SECTIONS: {
    readonly consolidation: import("zod").ZodObject<{
        include: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
        exclude: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
        baseline: import("zod").ZodDefault<import("zod").ZodString>;
        cache: import("zod").ZodOptional<import("zod").ZodString>;
        'max-file-bytes': import("zod").ZodDefault<import("zod").ZodNumber>;
        concerns: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodObject<{
            name: import("zod").ZodString;
            description: import("zod").ZodOptional<import("zod").ZodString>;
            canonical: import("zod").ZodArray<import("zod").ZodString>;
            deprecated: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
            include: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
            exclude: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
            'forbidden-signatures': import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
            'required-imports': import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodObject<{
                files: import("zod").ZodArray<import("zod").ZodString>;
                import: import("zod").ZodArray<import("zod").ZodString>;
            }, import("zod/v4/core").$strict>>>;
            duplicates: import("zod").ZodDefault<import("zod").ZodBoolean>;
            'duplicate-min-tokens': import("zod").ZodDefault<import("zod").ZodNumber>;
        }, import("zod/v4/core").$strict>>>;
    }, import("zod/v4/core").$strict>;
    readonly prefilter: import("zod").ZodObject<{
        tools: import("zod").ZodOptional<import("zod").ZodString>;
        cases: import("zod").ZodOptional<import("zod").ZodString>;
        associations: import("zod").ZodOptional<import("zod").ZodString>;
        'core-tools': import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
        'min-token-reduction': import("zod").ZodDefault<import("zod").ZodNumber>;
        'target-token-reduction': import("zod").ZodDefault<import("zod").ZodNumber>;
        'min-completeness': import("zod").ZodDefault<import("zod").ZodNumber>;
        'max-tools': import("zod").ZodOptional<import("zod").ZodNumber>;
        'max-tokens': import("zod").ZodOptional<import("zod").ZodNumber>;
        categories: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>>>;
        pages: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>>>;
        aliases: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>>>;
        synonyms: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodArray<import("zod").ZodString>>>;
        companions: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>>>;
        'recent-limit': import("zod").ZodDefault<import("zod").ZodNumber>;
        embeddings: import("zod").ZodOptional<import("zod").ZodObject<{
            url: import("zod").ZodURL;
            model: import("zod").ZodString;
            'api-key-env': import("zod").ZodOptional<import("zod").ZodString>;
            'timeout-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
            retries: import("zod").ZodDefault<import("zod").ZodNumber>;
        }, import("zod/v4/core").$strict>>;
        serialisation: import("zod").ZodDefault<import("zod").ZodEnum<{
            json: "json";
            auto: "auto";
            "openai-functions": "openai-functions";
        }>>;
    }, import("zod/v4/core").$strict>;
    readonly review: import("zod").ZodObject<{
        agents: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodEnum<{
            "code-reviewer": "code-reviewer";
            "security-auditor": "security-auditor";
            "performance-optimizer": "performance-optimizer";
            "database-architect": "database-architect";
            "testing-automation-expert": "testing-automation-expert";
            "devops-engineer": "devops-engineer";
            "react-frontend-specialist": "react-frontend-specialist";
        }>>>;
        provider: import("zod").ZodDefault<import("zod").ZodEnum<{
            offline: "offline";
            anthropic: "anthropic";
            openai: "openai";
        }>>;
        model: import("zod").ZodOptional<import("zod").ZodString>;
        llm: import("zod").ZodDefault<import("zod").ZodObject<{
            'base-url': import("zod").ZodOptional<import("zod").ZodURL>;
            'api-key-env': import("zod").ZodOptional<import("zod").ZodString>;
            'token-budget': import("zod").ZodDefault<import("zod").ZodNumber>;
            'max-requests': import("zod").ZodDefault<import("zod").ZodNumber>;
            'max-output-tokens': import("zod").ZodDefault<import("zod").ZodNumber>;
            'timeout-seconds': import("zod").ZodDefault<import("zod").ZodNumber>;
            'max-retries': import("zod").ZodDefault<import("zod").ZodNumber>;
            'min-confidence': import("zod").ZodDefault<import("zod").ZodNumber>;
        }, import("zod/v4/core").$strict>>;
        'min-score': import("zod").ZodDefault<import("zod").ZodNumber>;
        waivers: import("zod").ZodDefault<import("zod").ZodString>;
        exclude: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
        coverage: import("zod").ZodDefault<import("zod").ZodString>;
    }, import("zod/v4/core").$strict>;
    readonly deploy: import("zod").ZodObject<{
        environment: import("zod").ZodDefault<import("zod").ZodString>;
        'source-branch': import("zod").ZodDefault<import("zod").ZodString>;
        'target-branch': import("zod").ZodDefault<import("zod").ZodString>;
        promote: import("zod").ZodDefault<import("zod").ZodEnum<{
            auto: "auto";
            merge: "merge";
            "pull-request": "pull-request";
        }>>;
        'pull-request-label': import("zod").ZodDefault<import("zod").ZodString>;
        checklist: import("zod").ZodDefault<import("zod").ZodObject<{
            'required-checks': import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodBoolean, import("zod").ZodArray<import("zod").ZodString>]>>;
            'blocking-label': import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodLiteral<false>]>>;
            secrets: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
            variables: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
            migrations: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodLiteral<false>]>>;
            changelog: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodLiteral<false>]>>;
            docs: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodObject<{
                name: import("zod").ZodString;
                when: import("zod").ZodArray<import("zod").ZodString>;
                touch: import("zod").ZodArray<import("zod").ZodString>;
            }, import("zod/v4/core").$strict>>>;
            skip: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
        }, import("zod/v4/core").$strict>>;
        targets: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodDiscriminatedUnion<[import("zod").ZodObject<{
            kind: import("zod").ZodLiteral<"netlify">;
            'site-id': import("zod").ZodString;
            'token-secret': import("zod").ZodDefault<import("zod").ZodString>;
            'api-url': import("zod").ZodDefault<import("zod").ZodURL>;
            name: import("zod").ZodString;
            url: import("zod").ZodOptional<import("zod").ZodURL>;
        }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
            kind: import("zod").ZodLiteral<"render">;
            'service-id': import("zod").ZodString;
            'token-secret': import("zod").ZodDefault<import("zod").ZodString>;
            'api-url': import("zod").ZodDefault<import("zod").ZodURL>;
            name: import("zod").ZodString;
            url: import("zod").ZodOptional<import("zod").ZodURL>;
        }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
            kind: import("zod").ZodLiteral<"health">;
            'health-url': import("zod").ZodURL;
            name: import("zod").ZodString;
            url: import("zod").ZodOptional<import("zod").ZodURL>;
        }, import("zod/v4/core").$strict>], "kind">>>;
        'wait-timeout-minutes': import("zod").ZodDefault<import("zod").ZodNumber>;
        'poll-seconds': import("zod").ZodDefault<import("zod").ZodNumber>;
        smoke: import("zod").ZodDefault<import("zod").ZodObject<{
            browser: import("zod").ZodOptional<import("zod").ZodString>;
            'artifacts-dir': import("zod").ZodDefault<import("zod").ZodString>;
            visual: import("zod").ZodOptional<import("zod").ZodObject<{
                'baseline-url': import("zod").ZodOptional<import("zod").ZodURL>;
                pages: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodObject<{
                    name: import("zod").ZodString;
                    path: import("zod").ZodString;
                    'wait-for': import("zod").ZodOptional<import("zod").ZodString>;
                    mask: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
                    'full-page': import("zod").ZodDefault<import("zod").ZodBoolean>;
                }, import("zod/v4/core").$strict>>>;
                threshold: import("zod").ZodDefault<import("zod").ZodNumber>;
                'pixel-threshold': import("zod").ZodDefault<import("zod").ZodNumber>;
                viewport: import("zod").ZodDefault<import("zod").ZodObject<{
                    width: import("zod").ZodNumber;
                    height: import("zod").ZodNumber;
                }, import("zod/v4/core").$strict>>;
                'timeout-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strict>>;
            'base-url': import("zod").ZodOptional<import("zod").ZodURL>;
            login: import("zod").ZodOptional<import("zod").ZodObject<{
                path: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodURL, import("zod").ZodString]>>;
                'email-secret': import("zod").ZodDefault<import("zod").ZodString>;
                'password-secret': import("zod").ZodDefault<import("zod").ZodString>;
                'token-field': import("zod").ZodDefault<import("zod").ZodString>;
            }, import("zod/v4/core").$strict>>;
            tests: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodDiscriminatedUnion<[import("zod").ZodObject<{
                kind: import("zod").ZodLiteral<"http">;
                method: import("zod").ZodDefault<import("zod").ZodEnum<{
                    GET: "GET";
                    HEAD: "HEAD";
                    POST: "POST";
                    PUT: "PUT";
                    PATCH: "PATCH";
                    DELETE: "DELETE";
                    OPTIONS: "OPTIONS";
                }>>;
                headers: import("zod").ZodDefault<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodString>>;
                'header-secrets': import("zod").ZodDefault<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodString>>;
                body: import("zod").ZodOptional<import("zod").ZodUnknown>;
                authenticated: import("zod").ZodDefault<import("zod").ZodBoolean>;
                expect: import("zod").ZodDefault<import("zod").ZodObject<{
                    status: import("zod").ZodDefault<import("zod").ZodNumber>;
                    json: import("zod").ZodDefault<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodNumber, import("zod").ZodBoolean, import("zod").ZodNull]>>>;
                    'latency-ms': import("zod").ZodOptional<import("zod").ZodNumber>;
                }, import("zod/v4/core").$strict>>;
                name: import("zod").ZodString;
                path: import("zod").ZodUnion<readonly [import("zod").ZodURL, import("zod").ZodString]>;
                'timeout-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
                kind: import("zod").ZodLiteral<"auth">;
                expect: import("zod").ZodDefault<import("zod").ZodObject<{
                    status: import("zod").ZodDefault<import("zod").ZodNumber>;
                    json: import("zod").ZodDefault<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodNumber, import("zod").ZodBoolean, import("zod").ZodNull]>>>;
                    'latency-ms': import("zod").ZodOptional<import("zod").ZodNumber>;
                }, import("zod/v4/core").$strict>>;
                name: import("zod").ZodString;
                path: import("zod").ZodUnion<readonly [import("zod").ZodURL, import("zod").ZodString]>;
                'timeout-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
                kind: import("zod").ZodLiteral<"websocket">;
                message: import("zod").ZodDefault<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnknown>>;
                name: import("zod").ZodString;
                path: import("zod").ZodUnion<readonly [import("zod").ZodURL, import("zod").ZodString]>;
                'timeout-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
                kind: import("zod").ZodLiteral<"db-write">;
                body: import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnknown>;
                'id-field': import("zod").ZodDefault<import("zod").ZodString>;
                authenticated: import("zod").ZodDefault<import("zod").ZodBoolean>;
                name: import("zod").ZodString;
                path: import("zod").ZodUnion<readonly [import("zod").ZodURL, import("zod").ZodString]>;
                'timeout-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
                name: import("zod").ZodString;
                kind: import("zod").ZodLiteral<"browser">;
                path: import("zod").ZodUnion<readonly [import("zod").ZodURL, import("zod").ZodString]>;
                'timeout-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
                'expect-selector': import("zod").ZodOptional<import("zod").ZodString>;
                'expect-text': import("zod").ZodOptional<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>;
                'expect-websocket': import("zod").ZodOptional<import("zod").ZodString>;
                steps: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodUnion<readonly [import("zod").ZodObject<{
                    type: import("zod").ZodObject<{
                        selector: import("zod").ZodString;
                        text: import("zod").ZodString;
                    }, import("zod/v4/core").$strict>;
                }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
                    press: import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodObject<{
                        selector: import("zod").ZodOptional<import("zod").ZodString>;
                        key: import("zod").ZodString;
                    }, import("zod/v4/core").$strict>]>;
                }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
                    click: import("zod").ZodString;
                }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
                    'wait-for': import("zod").ZodString;
                }, import("zod/v4/core").$strict>, import("zod").ZodObject<{
                    'wait-for-text': import("zod").ZodString;
                }, import("zod/v4/core").$strict>]>>>;
                'allow-console-errors': import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
                'allow-failed-requests': import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
                'settle-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
                viewport: import("zod").ZodDefault<import("zod").ZodObject<{
                    width: import("zod").ZodNumber;
                    height: import("zod").ZodNumber;
                }, import("zod/v4/core").$strict>>;
                screenshot: import("zod").ZodDefault<import("zod").ZodBoolean>;
                required: import("zod").ZodDefault<import("zod").ZodBoolean>;
            }, import("zod/v4/core").$strict>], "kind">>>;
            concurrency: import("zod").ZodDefault<import("zod").ZodNumber>;
        }, import("zod/v4/core").$strict>>;
        'p95-budget-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
        sentry: import("zod").ZodOptional<import("zod").ZodObject<{
            'api-url': import("zod").ZodDefault<import("zod").ZodURL>;
            org: import("zod").ZodString;
            projects: import("zod").ZodArray<import("zod").ZodString>;
            'token-secret': import("zod").ZodDefault<import("zod").ZodString>;
            repository: import("zod").ZodOptional<import("zod").ZodString>;
        }, import("zod/v4/core").$strict>>;
        'rollback-on': import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodEnum<{
            "smoke-tests": "smoke-tests";
            "host-failure": "host-failure";
            timeout: "timeout";
        }>>>;
    }, import("zod/v4/core").$strict>;
    readonly monitor: import("zod").ZodObject<{
        environment: import("zod").ZodDefault<import("zod").ZodString>;
        'window-hours': import("zod").ZodDefault<import("zod").ZodNumber>;
        thresholds: import("zod").ZodDefault<import("zod").ZodObject<{
            'error-rate': import("zod").ZodDefault<import("zod").ZodNumber>;
            'websocket-failure-rate': import("zod").ZodDefault<import("zod").ZodNumber>;
            'p95-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
        }, import("zod/v4/core").$strict>>;
        'dry-run': import("zod").ZodDefault<import("zod").ZodBoolean>;
        cadence: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodObject<{
            'until-hour': import("zod").ZodNumber;
            'every-minutes': import("zod").ZodNumber;
        }, import("zod/v4/core").$strict>>>;
        'min-samples': import("zod").ZodDefault<import("zod").ZodObject<{
            requests: import("zod").ZodDefault<import("zod").ZodNumber>;
            'websocket-attempts': import("zod").ZodDefault<import("zod").ZodNumber>;
            'health-probes': import("zod").ZodDefault<import("zod").ZodNumber>;
        }, import("zod/v4/core").$strict>>;
        'consecutive-buckets': import("zod").ZodDefault<import("zod").ZodNumber>;
        confidence: import("zod").ZodDefault<import("zod").ZodNumber>;
        'blind-after-runs': import("zod").ZodDefault<import("zod").ZodNumber>;
        'scheduler-minutes': import("zod").ZodDefault<import("zod").ZodNumber>;
        'settle-minutes': import("zod").ZodDefault<import("zod").ZodNumber>;
        sentry: import("zod").ZodOptional<import("zod").ZodObject<{
            url: import("zod").ZodDefault<import("zod").ZodURL>;
            org: import("zod").ZodString;
            project: import("zod").ZodOptional<import("zod").ZodString>;
            environment: import("zod").ZodOptional<import("zod").ZodString>;
            release: import("zod").ZodDefault<import("zod").ZodString>;
            'interval-minutes': import("zod").ZodDefault<import("zod").ZodNumber>;
            'cron-slug': import("zod").ZodDefault<import("zod").ZodString>;
        }, import("zod/v4/core").$strict>>;
        health: import("zod").ZodOptional<import("zod").ZodObject<{
            url: import("zod").ZodURL;
            probes: import("zod").ZodDefault<import("zod").ZodNumber>;
            'timeout-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
        }, import("zod/v4/core").$strict>>;
        websocket: import("zod").ZodOptional<import("zod").ZodObject<{
            url: import("zod").ZodURL;
            probes: import("zod").ZodDefault<import("zod").ZodNumber>;
            'timeout-ms': import("zod").ZodDefault<import("zod").ZodNumber>;
            message: import("zod").ZodOptional<import("zod").ZodUnknown>;
        }, import("zod/v4/core").$strict>>;
        'security-alerts': import("zod").ZodDefault<import("zod").ZodObject<{
            dependabot: import("zod").ZodDefault<import("zod").ZodBoolean>;
            'code-scanning': import("zod").ZodDefault<import("zod").ZodBoolean>;
        }, import("zod/v4/core").$strict>>;
        labels: import("zod").ZodDefault<import("zod").ZodObject<{
            rollback: import("zod").ZodDefault<import("zod").ZodString>;
            hold: import("zod").ZodDefault<import("zod").ZodString>;
            blind: import("zod").ZodDefault<import("zod").ZodString>;
        }, import("zod/v4/core").$strict>>;
        'base-branch': import("zod").ZodOptional<import("zod").ZodString>;
        'app-token-env': import("zod").ZodDefault<import("zod").ZodString>;
    }, import("zod/v4/core").$strict>;
    readonly audit: import("zod").ZodObject<{
        persona: import("zod").ZodDefault<import("zod").ZodEnum<{
            regular: "regular";
            pedantic: "pedantic";
            auditor: "auditor";
        }>>;
        'fail-on': import("zod").ZodDefault<import("zod").ZodEnum<{
            critical: "critical";
            high: "high";
            medium: "medium";
            low: "low";
        }>>;
        'forbidden-uses': import("zod").ZodOptional<import("zod").ZodObject<{
            allow: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
            deny: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
        }, import("zod/v4/core").$strict>>;
        paths: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
    }, import("zod/v4/core").$strict>;
};
export declare const CAPABILITIES: readonly Capability[];
