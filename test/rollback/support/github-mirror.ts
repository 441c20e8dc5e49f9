/**
 * Joins a real bare git remote to the GitHub test server, as GitHub's own git and API are one:
 * a `post-receive` hook in the remote reports every push to a small server on 127.0.0.1, which
 * records the pushed commits (with their real parents) and moves the branch in the fake's graph.
 * Without it, a branch pushed by the rollback would exist in git but not to the API.
 */
import { execFile } from 'node:child_process'
import { chmod, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { RepoState } from '../../support/github-server/index.js'

const exec = promisify(execFile)
const ZERO = /^0+$/

export interface GitHubMirror {
  /** Copies a branch of the remote into the fake (used once for the branches that exist). */
  sync(branch: string): Promise<void>
  close(): Promise<void>
}

const HOOK = (url: string) => `#!/usr/bin/env node
let input = ''
process.stdin.on('data', (d) => (input += d))
process.stdin.on('end', async () => {
  const updates = input.trim().split('\\n').filter(Boolean).map((line) => line.split(' '))
  const res = await fetch(${JSON.stringify(url)}, { method: 'POST', body: JSON.stringify(updates) })
  process.exit(res.ok ? 0 : 1)
})
`

/** Installs the hook in `remoteDir` and starts the receiving server. */
export async function mirrorRemote(
  remoteDir: string,
  env: Record<string, string>,
  repo: RepoState,
): Promise<GitHubMirror> {
  const git = async (...args: string[]) =>
    (await exec('git', args, { cwd: remoteDir, env: { ...process.env, ...env } })).stdout.trim()

  const record = async (branch: string, sha: string) => {
    // Newest first with parents; stop at the first commit the fake already knows.
    const lines = (await git('log', '--format=%H %P%x09%cI%x09%s', '-n', '200', sha)).split('\n')
    for (const line of lines) {
      const [ids = '', date = '', message = ''] = line.split('\t')
      const [commit = '', ...parents] = ids.split(' ').filter(Boolean)
      if (repo.git.commits.has(commit) && repo.git.commits.get(commit)!.parents.length === parents.length)
        break
      repo.git.commits.set(commit, { sha: commit, parents, date, message })
    }
    repo.git.branches.set(branch, sha)
  }

  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (d: Buffer) => (body += d.toString()))
    req.on('end', async () => {
      try {
        for (const [, next = '', ref = ''] of JSON.parse(body) as string[][]) {
          const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1]
          if (branch === undefined) continue
          if (ZERO.test(next)) repo.git.branches.delete(branch)
          else await record(branch, next)
        }
        res.writeHead(204).end()
      } catch (error) {
        res.writeHead(500).end(String(error))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const hook = join(remoteDir, 'hooks', 'post-receive')
  await writeFile(hook, HOOK(`http://127.0.0.1:${port}/push`))
  await chmod(hook, 0o755)
  return {
    sync: async (branch) => record(branch, await git('rev-parse', `refs/heads/${branch}`)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
