#!/usr/bin/env node
/** The `launchgate` binary: runs the CLI on the process's own arguments and streams. */
import { processIO } from './io.js'
import { runCli } from './main.js'

process.exitCode = await runCli(process.argv.slice(2), processIO())
