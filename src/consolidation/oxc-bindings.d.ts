/**
 * oxc-parser's native binding, which its package exports but does not type. parse-ts.ts calls it
 * directly to reach the AST as the JSON text oxc produces, before anything parses it.
 */
declare module 'oxc-parser/src-js/bindings' {
  import type { Comment, EcmaScriptModule, OxcError, ParserOptions } from 'oxc-parser'

  /** A native parse result; reading a field moves it out of Rust memory. */
  export interface NativeParseResult {
    /** `{"node": Program, "fixes": [...]}` as JSON text. */
    readonly program: string
    readonly module: EcmaScriptModule
    readonly comments: Comment[]
    readonly errors: OxcError[]
  }

  /** Parses on a thread of libuv's pool; the result is read on the main thread. */
  export function parse(
    filename: string,
    sourceText: string,
    options?: ParserOptions,
  ): Promise<NativeParseResult>

  export function parseSync(filename: string, sourceText: string, options?: ParserOptions): NativeParseResult
}

/** Whether this runtime can take oxc's raw transfer (Node 22+, 64-bit little-endian). */
declare module 'oxc-parser/src-js/raw-transfer/supported' {
  export function rawTransferSupported(): boolean
}

/**
 * Raw transfer with lazy deserialisation: the AST stays in one buffer and only the fields read
 * become objects. Loading the module throws where raw transfer is not supported.
 */
declare module 'oxc-parser/src-js/raw-transfer/lazy' {
  import type { Comment, EcmaScriptModule, OxcError, ParserOptions } from 'oxc-parser'

  /** Arrays are array-like node lists; enums of names are spans or variant names (parse-lazy.ts). */
  export interface LazyParseResult {
    readonly module: EcmaScriptModule
    readonly comments: Comment[]
    readonly errors: OxcError[]
    /** Returns the buffer for the next parse; nothing of this result may be read after. */
    dispose(): void
  }

  export function parseSyncLazy(
    filename: string,
    sourceText: string,
    options?: ParserOptions,
  ): LazyParseResult
}
