// Writes schema/launchgate.schema.json from the config schema, so editors autocomplete the file.
// Usage: tsx scripts/export-schema.ts [outfile]
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { configReference } from '../src/config/reference.js'
import { configJsonSchema } from '../src/config/schema.js'

// Usage: tsx scripts/export-schema.ts [schema file] [reference file]
const out = path.resolve(process.argv[2] ?? 'schema/launchgate.schema.json')
const reference = path.resolve(process.argv[3] ?? path.join(path.dirname(out), 'config.md'))
await mkdir(path.dirname(out), { recursive: true })
const schema = configJsonSchema()
await writeFile(out, `${JSON.stringify(schema, null, 2)}\n`)
await writeFile(reference, configReference(schema))
console.error(`wrote ${out} and ${reference}`)
