#!/usr/bin/env node
// The package's binary: the bundled CLI, so `npx launchgate` needs no TypeScript toolchain.
import module from 'node:module'

// Node 22+ keeps the compiled bundle between runs (in the OS temp folder): a re-run of a check
// starts in a fraction of the time, which is most of what a re-run on a small change costs.
module.enableCompileCache?.()
await import('../dist/cli.js')
