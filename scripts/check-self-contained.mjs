// Fails when code, tests, scripts, benchmarks or CI read from outside the repository: a clone with
// nothing beside it must install, run and test on its own. Data comes from test/fixtures/ or from a
// package the lockfile pins; the full benchmark datasets come from $LAUNCHGATE_DATASETS.
// Usage: node scripts/check-self-contained.mjs
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SCANNED = ['src/', 'test/', 'scripts/', '.ci/', 'bench/', 'bin/', 'jest.config.js', 'package.json']
// Vendored data is verbatim third-party text; it is not code that reads paths.
const SKIPPED = ['test/fixtures/']
const self = path.relative(root, fileURLToPath(import.meta.url))

// The team's reference folder beside the clone, reached by a relative path or by path segments.
// The patterns are built from its name so this file names no such path itself.
const BESIDE = 'shared'
const OUTSIDE = [
  {
    pattern: new RegExp(String.raw`\.\./${BESIDE}\b`),
    why: `a path to the ${BESIDE} folder beside the repository`,
  },
  { pattern: new RegExp(String.raw`\b${BESIDE}/datasets\b`), why: `a path into ${BESIDE}/datasets` },
  {
    pattern: new RegExp(String.raw`['"]\.\.['"]\s*,\s*['"]${BESIDE}['"]`),
    why: `path segments '..', '${BESIDE}'`,
  },
]

const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\0')
  .filter((f) => f && f !== self && SCANNED.some((s) => f === s || f.startsWith(s)))
  .filter((f) => !SKIPPED.some((s) => f.startsWith(s)))

const problems = []
for (const file of tracked) {
  let text
  try {
    text = readFileSync(path.join(root, file), 'utf8')
  } catch {
    continue // listed but deleted in the work tree
  }
  text.split('\n').forEach((line, i) => {
    // One report per line: the first pattern that matches names it.
    for (const { pattern, why } of OUTSIDE) {
      const match = pattern.exec(line)
      if (!match) continue
      problems.push(`${file}:${i + 1}:${match.index + 1}: ${why}: ${line.trim()}`)
      break
    }
  })
}

if (problems.length > 0) {
  console.error(`${problems.length} reference(s) to files outside the repository:`)
  for (const p of problems) console.error(`  ${p}`)
  console.error(
    'Vendor what the tests need under test/fixtures/ (scripts/vendor-fixtures.ts) or install it as a package.',
  )
  process.exit(1)
}
console.log(`self-contained: ${tracked.length} files read nothing outside the repository`)
