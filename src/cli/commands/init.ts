/** `launchgate init`: write a commented config and the workflows into a repository. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { runGit } from '../../git/git.js'
import { UsageError } from '../../errors.js'
import { runInit } from '../../init/run.js'
import type { Pin } from '../../init/render.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

const SHA = /^[0-9a-f]{40}$/

/** launchgate's own package folder: where this code runs from (dist/ or src/cli/commands/). */
function packageRoot(): { dir: string; version: string; gitHead?: string } | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json')
    if (!existsSync(file)) continue
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
      name?: string
      version?: string
      gitHead?: string
    }
    if (pkg.name === 'launchgate') return { dir, version: pkg.version ?? '0.0.0', gitHead: pkg.gitHead }
  }
  return undefined
}

/**
 * The commit the workflows pin: `--ref`, else the commit this launchgate was installed from (npm's
 * `gitHead`, or the checkout's HEAD). Never a moving tag: an unpinned workflow fails the audit.
 */
async function resolvePin(raw: Record<string, unknown>): Promise<Pin> {
  const own = packageRoot()
  const repository = typeof raw.repository === 'string' ? raw.repository : 'launchgate/launchgate'
  const version = `v${own?.version ?? '0.0.0'}`
  let ref = typeof raw.ref === 'string' ? raw.ref : own?.gitHead
  if (!ref && own) {
    const head = await runGit(['rev-parse', 'HEAD'], { cwd: own.dir, allowExitCodes: [128] })
    if (head.code === 0) ref = head.stdout.trim()
  }
  if (!ref || !SHA.test(ref)) {
    throw new UsageError(
      `--ref must be the full commit sha of the launchgate release to pin${ref ? `, got ${ref}` : ''}: tags move, shas do not`,
    )
  }
  return { repository, ref, version }
}

export function registerInit(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('init')
      .description(
        'write .github/launchgate.yml and the PR gate, deploy and monitor workflows, pinned by sha',
      )
      .option('--ref <sha>', 'launchgate commit the workflows pin (default: the one installed)')
      .option('--repository <owner/name>', 'repository of launchgate (default: launchgate/launchgate)')
      .option('--force', 'overwrite files that exist')
      .option('--dry-run', 'say what would be written; write nothing'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const { report } = await runInit({
      root: options.root,
      pin: await resolvePin(raw),
      force: raw.force === true,
      dryRun: raw.dryRun === true,
    })
    done(emitReport(io, report, options.format))
  })
}
