/**
 * The one config file, `.github/launchgate.yml`: a section per capability. Each section's schema
 * lives in `sections/<capability>.ts` and is named by the capability registry (src/capabilities.ts);
 * this file only composes them in the registry's order. The JSON Schema in `schema/launchgate.schema.json` is generated from this.
 */
import { z } from 'zod';
export declare const DEFAULT_CONFIG_PATH = ".github/launchgate.yml";
export declare const SCHEMA_ID = "https://launchgate.dev/schema/launchgate.schema.json";
export declare const configSchema: z.ZodObject<{
    consolidation: z.ZodDefault<z.ZodObject<{
        include: z.ZodDefault<z.ZodArray<z.ZodString>>;
        exclude: z.ZodDefault<z.ZodArray<z.ZodString>>;
        baseline: z.ZodDefault<z.ZodString>;
        cache: z.ZodOptional<z.ZodString>;
        'max-file-bytes': z.ZodDefault<z.ZodNumber>;
        concerns: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            canonical: z.ZodArray<z.ZodString>;
            deprecated: z.ZodDefault<z.ZodArray<z.ZodString>>;
            include: z.ZodDefault<z.ZodArray<z.ZodString>>;
            exclude: z.ZodDefault<z.ZodArray<z.ZodString>>;
            'forbidden-signatures': z.ZodDefault<z.ZodArray<z.ZodString>>;
            'required-imports': z.ZodDefault<z.ZodArray<z.ZodObject<{
                files: z.ZodArray<z.ZodString>;
                import: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            duplicates: z.ZodDefault<z.ZodBoolean>;
            'duplicate-min-tokens': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    prefilter: z.ZodDefault<z.ZodObject<{
        tools: z.ZodOptional<z.ZodString>;
        cases: z.ZodOptional<z.ZodString>;
        associations: z.ZodOptional<z.ZodString>;
        'core-tools': z.ZodDefault<z.ZodArray<z.ZodString>>;
        'min-token-reduction': z.ZodDefault<z.ZodNumber>;
        'target-token-reduction': z.ZodDefault<z.ZodNumber>;
        'min-completeness': z.ZodDefault<z.ZodNumber>;
        'max-tools': z.ZodOptional<z.ZodNumber>;
        'max-tokens': z.ZodOptional<z.ZodNumber>;
        categories: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
        pages: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
        aliases: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
        synonyms: z.ZodOptional<z.ZodArray<z.ZodArray<z.ZodString>>>;
        companions: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
        'recent-limit': z.ZodDefault<z.ZodNumber>;
        embeddings: z.ZodOptional<z.ZodObject<{
            url: z.ZodURL;
            model: z.ZodString;
            'api-key-env': z.ZodOptional<z.ZodString>;
            'timeout-ms': z.ZodDefault<z.ZodNumber>;
            retries: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        serialisation: z.ZodDefault<z.ZodEnum<{
            json: "json";
            auto: "auto";
            "openai-functions": "openai-functions";
        }>>;
    }, z.core.$strict>>;
    review: z.ZodDefault<z.ZodObject<{
        agents: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            "code-reviewer": "code-reviewer";
            "security-auditor": "security-auditor";
            "performance-optimizer": "performance-optimizer";
            "database-architect": "database-architect";
            "testing-automation-expert": "testing-automation-expert";
            "devops-engineer": "devops-engineer";
            "react-frontend-specialist": "react-frontend-specialist";
        }>>>;
        provider: z.ZodDefault<z.ZodEnum<{
            offline: "offline";
            anthropic: "anthropic";
            openai: "openai";
        }>>;
        model: z.ZodOptional<z.ZodString>;
        llm: z.ZodDefault<z.ZodObject<{
            'base-url': z.ZodOptional<z.ZodURL>;
            'api-key-env': z.ZodOptional<z.ZodString>;
            'token-budget': z.ZodDefault<z.ZodNumber>;
            'max-requests': z.ZodDefault<z.ZodNumber>;
            'max-output-tokens': z.ZodDefault<z.ZodNumber>;
            'timeout-seconds': z.ZodDefault<z.ZodNumber>;
            'max-retries': z.ZodDefault<z.ZodNumber>;
            'min-confidence': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        'min-score': z.ZodDefault<z.ZodNumber>;
        waivers: z.ZodDefault<z.ZodString>;
        exclude: z.ZodDefault<z.ZodArray<z.ZodString>>;
        coverage: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    deploy: z.ZodDefault<z.ZodObject<{
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
    }, z.core.$strict>>;
    monitor: z.ZodDefault<z.ZodObject<{
        environment: z.ZodDefault<z.ZodString>;
        'window-hours': z.ZodDefault<z.ZodNumber>;
        thresholds: z.ZodDefault<z.ZodObject<{
            'error-rate': z.ZodDefault<z.ZodNumber>;
            'websocket-failure-rate': z.ZodDefault<z.ZodNumber>;
            'p95-ms': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        'dry-run': z.ZodDefault<z.ZodBoolean>;
        cadence: z.ZodDefault<z.ZodArray<z.ZodObject<{
            'until-hour': z.ZodNumber;
            'every-minutes': z.ZodNumber;
        }, z.core.$strict>>>;
        'min-samples': z.ZodDefault<z.ZodObject<{
            requests: z.ZodDefault<z.ZodNumber>;
            'websocket-attempts': z.ZodDefault<z.ZodNumber>;
            'health-probes': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        'consecutive-buckets': z.ZodDefault<z.ZodNumber>;
        confidence: z.ZodDefault<z.ZodNumber>;
        'blind-after-runs': z.ZodDefault<z.ZodNumber>;
        'scheduler-minutes': z.ZodDefault<z.ZodNumber>;
        'settle-minutes': z.ZodDefault<z.ZodNumber>;
        sentry: z.ZodOptional<z.ZodObject<{
            url: z.ZodDefault<z.ZodURL>;
            org: z.ZodString;
            project: z.ZodOptional<z.ZodString>;
            environment: z.ZodOptional<z.ZodString>;
            release: z.ZodDefault<z.ZodString>;
            'interval-minutes': z.ZodDefault<z.ZodNumber>;
            'cron-slug': z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
        health: z.ZodOptional<z.ZodObject<{
            url: z.ZodURL;
            probes: z.ZodDefault<z.ZodNumber>;
            'timeout-ms': z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        websocket: z.ZodOptional<z.ZodObject<{
            url: z.ZodURL;
            probes: z.ZodDefault<z.ZodNumber>;
            'timeout-ms': z.ZodDefault<z.ZodNumber>;
            message: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strict>>;
        'security-alerts': z.ZodDefault<z.ZodObject<{
            dependabot: z.ZodDefault<z.ZodBoolean>;
            'code-scanning': z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>>;
        labels: z.ZodDefault<z.ZodObject<{
            rollback: z.ZodDefault<z.ZodString>;
            hold: z.ZodDefault<z.ZodString>;
            blind: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
        'base-branch': z.ZodOptional<z.ZodString>;
        'app-token-env': z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    audit: z.ZodDefault<z.ZodObject<{
        persona: z.ZodDefault<z.ZodEnum<{
            regular: "regular";
            pedantic: "pedantic";
            auditor: "auditor";
        }>>;
        'fail-on': z.ZodDefault<z.ZodEnum<{
            critical: "critical";
            high: "high";
            medium: "medium";
            low: "low";
        }>>;
        'forbidden-uses': z.ZodOptional<z.ZodObject<{
            allow: z.ZodOptional<z.ZodArray<z.ZodString>>;
            deny: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        paths: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    $schema: z.ZodOptional<z.ZodString>;
    version: z.ZodDefault<z.ZodLiteral<1>>;
}, z.core.$strict>;
/** The validated config with every default filled in. */
export type LaunchgateConfig = z.output<typeof configSchema>;
/** What a user may write in the file. */
export type LaunchgateConfigInput = z.input<typeof configSchema>;
/** JSON Schema of the file, for editors (yaml-language-server) and docs. */
export declare function configJsonSchema(): Record<string, unknown>;
