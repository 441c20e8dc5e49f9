/**
 * Stands in for what Netlify and Render do on their own: when `main` moves, deploy it. Watches a
 * branch (in a bare git remote, or in the GitHub fake's graph) and, on each new commit, runs the
 * test's `onDeploy` (add a deploy to the Netlify/Render fakes, switch the example app's release).
 * The watch is bounded: it polls every 10 ms and stops at `stop()`.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const exec = promisify(execFile)

export interface AutoHost {
  /** Commits deployed so far, in order. */
  deployed: string[]
  stop(): Promise<void>
}

export function watchBranch(
  read: () => Promise<string | undefined>,
  onDeploy: (sha: string) => void,
): AutoHost {
  const deployed: string[] = []
  let last: string | undefined
  let running = true
  const loop = (async () => {
    last = await read()
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      const now = await read().catch(() => last)
      if (now && now !== last) {
        last = now
        deployed.push(now)
        onDeploy(now)
      }
    }
  })()
  return {
    deployed,
    stop: async () => {
      running = false
      await loop
    },
  }
}

/** `main` of a bare repository. */
export function gitBranchReader(gitDir: string, branch: string, env: Record<string, string>) {
  return async () => {
    const { stdout } = await exec('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], {
      cwd: gitDir,
      env: { ...process.env, ...env },
    }).catch(() => ({ stdout: '' }))
    return stdout.trim() || undefined
  }
}
