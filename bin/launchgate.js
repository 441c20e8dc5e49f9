#!/usr/bin/env node
// The package's binary: the bundled CLI, so `npx launchgate` needs no TypeScript toolchain.
import '../dist/cli.js'
