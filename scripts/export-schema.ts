// Writes schema/launchgate.schema.json from the config schema, so editors autocomplete the file.
// Usage: tsx scripts/export-schema.ts [outfile]
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { configJsonSchema } from '../src/config/schema.js'

const out = path.resolve(process.argv[2] ?? 'schema/launchgate.schema.json')
await mkdir(path.dirname(out), { recursive: true })
await writeFile(out, `${JSON.stringify(configJsonSchema(), null, 2)}\n`)
console.error(`wrote ${out}`)
