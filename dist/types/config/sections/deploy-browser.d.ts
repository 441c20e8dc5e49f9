import { z } from 'zod';
/** One thing a user does; each step is a one-key object, in the order the user does them. */
export declare const browserStepSchema: z.ZodUnion<readonly [z.ZodObject<{
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
}, z.core.$strict>]>;
/** The browser smoke test's own keys. */
export declare const browserTestSchema: z.ZodObject<{
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
}, z.core.$strict>;
/** The smoke-level keys the browser tests read. */
export declare const browserSmokeKeys: {
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
};
export type BrowserTestConfig = z.output<typeof browserTestSchema>;
export type BrowserStep = z.output<typeof browserStepSchema>;
