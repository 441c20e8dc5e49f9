// Fails when the committed dist/ or schema/ differs from a fresh build (the actions run dist/ as is).
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fresh = await mkdtemp(path.join(os.tmpdir(), 'launchgate-dist-'))
execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), path.join(fresh, 'dist')], {
  stdio: 'inherit',
})
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/tsx/dist/cli.mjs'),
    path.join(root, 'scripts/export-schema.ts'),
    path.join(fresh, 'schema/launchgate.schema.json'),
  ],
  { stdio: 'inherit', cwd: root },
)

async function files(dir) {
  const out = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)))
  }
  return out.sort()
}

const problems = []
for (const sub of ['dist', 'schema']) {
  const want = await files(path.join(fresh, sub))
  const have = await files(path.join(root, sub))
  for (const f of want.filter((f) => !have.includes(f))) problems.push(`${sub}/${f} is missing`)
  for (const f of have.filter((f) => !want.includes(f)))
    problems.push(`${sub}/${f} is stale (not produced by the build)`)
  for (const f of want.filter((f) => have.includes(f))) {
    const [a, b] = await Promise.all([readFile(path.join(fresh, sub, f)), readFile(path.join(root, sub, f))])
    if (!a.equals(b)) problems.push(`${sub}/${f} differs from a fresh build`)
  }
}
if (problems.length) {
  console.error(
    `dist/ is not fresh; run \`npm run bundle\` and commit the result:\n  ${problems.join('\n  ')}`,
  )
  process.exit(1)
}
console.error('dist/ and schema/ match a fresh build')
