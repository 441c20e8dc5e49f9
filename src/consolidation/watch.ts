/**
 * `launchgate consolidation --watch`: the check again after every change, in the same process.
 * A fresh process pays its start-up (Node, the bundle, the config schemas) on every run, which is
 * most of a re-run after one changed file; a resident process pays it once, so a re-check costs
 * what the change costs. The loop is an I/O shell over two decisions: which changed paths count
 * ({@link watchedPath}) and which batch runs next (one run at a time, changes during a run batched
 * into the next).
 */
import { watch } from 'chokidar'
import path from 'node:path'
import { IGNORED_FOLDERS } from './scan.js'

/** How long the tree must be quiet before a re-check: an editor's save or a `git checkout` is a burst. */
export const WATCH_DEBOUNCE_MS = 100

/**
 * Whether a change at `relative` (to the watched root) can change the result: not inside a folder
 * the scan never lists ({@link IGNORED_FOLDERS}: git's own files, installs, build output,
 * launchgate's cache) or one of `ignoredDirs` (relative to the root, e.g. a configured cache folder).
 */
export function watchedPath(relative: string, ignoredDirs: readonly string[] = []): boolean {
  const parts = relative.split(/[\\/]/)
  if (parts.some((part) => IGNORED_FOLDERS.has(part))) return false
  const normal = parts.join('/')
  return !ignoredDirs.some((dir) => dir !== '' && (normal === dir || normal.startsWith(`${dir}/`)))
}

/** Options of {@link watchAndRecheck}. */
export interface WatchOptions {
  root: string
  /** Folders relative to the root whose changes are ignored (the cache folder). */
  ignoredDirs?: readonly string[]
  /** Stops the watch; a check under way ends first. */
  signal: AbortSignal
  debounceMs?: number
  /** One check; `changed` holds the changed paths (relative, sorted), empty for the first one. */
  check(changed: readonly string[]): Promise<void>
}

/**
 * Runs the check, then again after each quiet period that followed a relevant change, until the
 * signal stops it. The watcher is ready before the first check starts, so a change made during or
 * right after it is never lost (it causes a re-check). A check that throws ends the watch with its
 * error (the caller catches in `check` the errors worth a re-check instead).
 */
export async function watchAndRecheck(options: WatchOptions): Promise<void> {
  const debounceMs = options.debounceMs ?? WATCH_DEBOUNCE_MS
  const root = path.resolve(options.root)
  const ignoredDirs = (options.ignoredDirs ?? []).map((dir) => dir.split(path.sep).join('/'))
  const relative = (file: string) => path.relative(root, path.resolve(root, file))
  // chokidar: one watch per folder on every platform and Node version (Node 22's own recursive
  // fs.watch holds one per file, and walks node_modules before it can be told not to), ignored
  // folders never entered, and a `ready` event once the tree is watched.
  const watcher = watch(root, {
    ignored: (file: string) => !watchedPath(relative(file), ignoredDirs),
    ignoreInitial: true,
  })
  await new Promise<void>((resolve, reject) => {
    const pending = new Set<string>()
    let timer: NodeJS.Timeout | undefined
    let running = false
    let stopped = false
    let failure: unknown

    const finish = () => {
      if (running) return // the check under way ends first, then finish runs again
      options.signal.removeEventListener('abort', stop)
      const closed = watcher.close()
      void closed.then(() =>
        failure === undefined
          ? resolve()
          : reject(failure instanceof Error ? failure : new Error(String(failure))),
      )
    }
    const stop = () => {
      if (stopped) return
      stopped = true
      clearTimeout(timer)
      finish()
    }
    const run = async (changed: string[]) => {
      running = true
      try {
        await options.check(changed)
      } catch (error) {
        failure = error
        stopped = true
      } finally {
        running = false
      }
      if (stopped) finish()
      else if (pending.size > 0) schedule()
    }
    const flush = () => {
      if (running || stopped || pending.size === 0) return
      const changed = [...pending].sort()
      pending.clear()
      void run(changed)
    }
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(flush, debounceMs)
    }

    watcher.on('all', (_event, file) => {
      pending.add(relative(file))
      schedule()
    })
    watcher.on('error', (error) => {
      failure = error
      stop()
    })
    watcher.once('ready', () => {
      if (options.signal.aborted) return stop()
      options.signal.addEventListener('abort', stop, { once: true })
      void run([])
    })
  })
}

/** `3 file(s) changed (a.ts, b.ts, c.ts)`, at most `shown` names. */
export function describeChanges(changed: readonly string[], shown = 3): string {
  const names = changed.slice(0, shown).join(', ')
  const more = changed.length > shown ? `, +${changed.length - shown} more` : ''
  return `${changed.length} change(s) (${names}${more})`
}
