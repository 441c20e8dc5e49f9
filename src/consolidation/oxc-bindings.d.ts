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
