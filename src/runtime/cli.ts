/** The runtime of a CLI command: flags through commander, the terminal's logger, paths from the cwd. */
import type { CliIO } from '../cli/io.js'
import type { CommonOptions } from '../cli/options.js'
import { readKnobs } from './knobs.js'
import { terminalLogger } from './loggers.js'
import { cliRequest } from './request.js'
import { createRuntime, type Runtime } from './runtime.js'

/** The runtime of one command; `raw` is commander's parsed options of that command. */
export function cliRuntime(io: CliIO, options: CommonOptions, raw: Record<string, unknown>): Runtime {
  const knobs = readKnobs(io.env)
  return createRuntime({
    surface: 'cli',
    env: io.env,
    cwd: io.cwd,
    logger: terminalLogger((text) => io.stderr(text), { debug: knobs.debug }),
    knobs,
    request: cliRequest(raw, io.env),
    root: options.root,
    configPath: options.configPath,
    token: io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined,
    // A terminal is the user's own; nothing to hide from a shared log.
    mask: () => undefined,
  })
}
