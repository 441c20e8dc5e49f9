/** `launchgate rehearse` (`npm start`): the release rehearsal on the bundled example. */
import { isoDay } from '../../util/dates.js'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { ExitCode, UsageError } from '../../errors.js'
import { runRehearsal } from '../../rehearsal/run.js'
import { formatMs } from '../../rehearsal/steps.js'
import type { CliIO } from '../io.js'

/**
 * The example shipped with the package. This code runs from dist/ (bundled) or src/cli/commands/
 * (tests), so look upwards for the package's examples/ folder instead of assuming a depth.
 */
function bundledExample(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'examples', 'wheels-and-wins')
    if (existsSync(candidate)) return candidate
    dir = path.dirname(dir)
  }
  throw new UsageError('the bundled example is missing from this install; pass --example <dir>')
}

export function registerRehearse(program: Command, io: CliIO, done: (code: number) => void): void {
  program
    .command('rehearse')
    .description('run the whole pipeline on the bundled example, offline (what `npm start` runs)')
    .option('--example <dir>', 'example repository to rehearse on (default: the bundled one)')
    .option('--out <dir>', 'folder for the report (default: .launchgate/rehearsal)')
    .option('--keep-workspace', 'keep the temporary repositories of a passing run (a failing run keeps them)')
    .action(async (raw: Record<string, unknown>) => {
      const example = raw.example ? path.resolve(io.cwd, String(raw.example)) : bundledExample()
      const result = await runRehearsal({
        example,
        patch: path.join(example, 'rehearsal', 'week4-consolidation.patch'),
        outDir: path.resolve(io.cwd, String(raw.out ?? '.launchgate/rehearsal')),
        progress: (line) => io.stderr(`${line}\n`),
        today: isoDay(new Date()),
        env: io.env,
        keepWorkspace: raw.keepWorkspace === true,
      })
      const total = result.steps.reduce((ms, s) => ms + s.ms, 0)
      io.stdout(
        `${result.ok ? 'Rehearsal passed' : 'Rehearsal found problems'}: ${result.steps.length} steps in ${formatMs(total)}.\nFull report: ${result.reportFile}\n`,
      )
      done(result.ok ? ExitCode.ok : ExitCode.gateFailed)
    })
}
