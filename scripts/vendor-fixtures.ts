// Cuts the slices of public datasets that the tests use into test/fixtures/, from the full datasets
// (see bench/datasets.ts for where they come from). Deterministic: the same inputs give the same bytes.
// Usage: LAUNCHGATE_DATASETS=<folder> npx tsx scripts/vendor-fixtures.ts [out folder]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatasetsMissingError, requireDatasets } from '../bench/datasets.js'

const out = path.resolve(process.argv[2] ?? 'test/fixtures')

/** The Seal-Tools test queries the prefilter tests replay (the first ones of the in-domain split). */
const SEAL_CASES = 60
/** The first tools of Seal-Tools' catalogue, in file order (the tests build catalogues of up to 1,000). */
const SEAL_TOOLS = 1000
/** Seal-Tools tools the tests name besides those of the cases. */
const SEAL_NAMED = ['getWaterQuality', 'getCustomsInfo']
/** Lines of BFCL v4's `multiple` category the format tests read. */
const BFCL_LINES = 1
/** GitHub MCP server tool snapshots the tests read. */
const MCP_TOOLS = [
  'create_issue',
  'create_pull_request',
  'get_file_contents',
  'get_me',
  'issue_write',
  'list_issues',
  'merge_pull_request',
]
/** Sentry operations the fake Sentry routes; the slice keeps their whole path items. */
const SENTRY_PATHS = [
  '/api/0/organizations/{organization_id_or_slug}/events-timeseries/',
  '/api/0/organizations/{organization_id_or_slug}/issues/',
  '/api/0/organizations/{organization_id_or_slug}/releases/',
  '/api/0/organizations/{organization_id_or_slug}/releases/{version}/deploys/',
]

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

function sealTools(root: string): void {
  const dir = path.join(root, 'seal-tools')
  const cases = lines(path.join(dir, 'test_in_domain.jsonl')).slice(0, SEAL_CASES)
  const needed = new Set(SEAL_NAMED)
  for (const line of cases) {
    for (const call of (JSON.parse(line) as { calling: { api: string }[] }).calling) needed.add(call.api)
  }
  // File order is kept, so a catalogue built from the slice is the one the full file gives.
  const tools = lines(path.join(dir, 'tool.jsonl')).filter(
    (line, i) => i < SEAL_TOOLS || needed.has((JSON.parse(line) as { api_name: string }).api_name),
  )
  write(path.join(out, 'seal-tools/tool.jsonl'), `${tools.join('\n')}\n`)
  write(path.join(out, 'seal-tools/test_in_domain.jsonl'), `${cases.join('\n')}\n`)
  copyFileSync(path.join(dir, 'LICENSE'), path.join(out, 'seal-tools/LICENSE'))
}

function bfcl(root: string): void {
  const dir = path.join(root, 'bfcl-v4')
  const kept = lines(path.join(dir, 'BFCL_v4_multiple.json')).slice(0, BFCL_LINES)
  write(path.join(out, 'bfcl-v4/BFCL_v4_multiple.json'), `${kept.join('\n')}\n`)
  copyFileSync(path.join(dir, 'LICENSE'), path.join(out, 'bfcl-v4/LICENSE'))
}

function githubMcp(root: string): void {
  const dir = path.join(root, 'github-mcp-server-tools')
  for (const name of MCP_TOOLS) {
    // Saved as .json: Jest would take a .snap file in the tree for an obsolete snapshot of its own.
    const text = readFileSync(path.join(dir, `${name}.snap`), 'utf8')
    write(path.join(out, 'github-mcp-server-tools', `${name}.json`), text)
  }
  copyFileSync(path.join(dir, 'LICENSE'), path.join(out, 'github-mcp-server-tools/LICENSE'))
}

function sentry(root: string): void {
  const dir = path.join(root, 'api-schemas')
  const doc = JSON.parse(readFileSync(path.join(dir, 'sentry-openapi-derefed.json'), 'utf8')) as {
    paths: Record<string, unknown>
    components?: { securitySchemes?: unknown }
  }
  const paths: Record<string, unknown> = {}
  for (const p of SENTRY_PATHS) {
    if (!doc.paths[p]) throw new Error(`Sentry's description has no path ${p}`)
    paths[p] = doc.paths[p]
  }
  // Dereferenced, so the path items are self-contained; component schemas are not needed.
  const slice = { ...doc, paths, components: { securitySchemes: doc.components?.securitySchemes ?? {} } }
  write(path.join(out, 'sentry/openapi-derefed.json'), `${JSON.stringify(slice, null, 1)}\n`)
  copyFileSync(path.join(dir, 'sentry-openapi.LICENSE.md'), path.join(out, 'sentry/LICENSE.md'))
}

try {
  const root = requireDatasets(['seal-tools', 'bfcl-v4', 'github-mcp-server-tools', 'api-schemas'])
  sealTools(root)
  bfcl(root)
  githubMcp(root)
  sentry(root)
  console.error(`wrote the test fixtures under ${out} from ${root}`)
} catch (error) {
  if (!(error instanceof DatasetsMissingError)) throw error
  console.error(error.message)
  process.exit(2)
}
