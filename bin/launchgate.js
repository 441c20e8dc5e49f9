#!/usr/bin/env node
// The package's binary: the bundled CLI, so `npx launchgate` needs no TypeScript toolchain.
import module from 'node:module'
import v8 from 'node:v8'

// The consolidation check makes short-lived objects for every file it reads: V8 would double its
// young generation again and again (to 64 MB on monaco-editor), which costs page faults and most
// of the peak memory. Kept at its first size, a cold check of 1,338 files peaks at 126 MB instead
// of 160 MB, with less CPU. Set before anything is allocated; other commands keep V8's default.
if (process.argv.slice(2).find((arg) => !arg.startsWith('-')) === 'consolidation') {
  v8.setFlagsFromString('--semi-space-growth-factor=1')
}
// Node 22+ keeps the compiled bundle between runs (in the OS temp folder): a re-run of a check
// starts in a fraction of the time, which is most of what a re-run on a small change costs.
module.enableCompileCache?.()
await import('../dist/cli.js')
