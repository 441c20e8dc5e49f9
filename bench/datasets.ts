/**
 * Where the full public datasets live for the benchmarks and for `scripts/vendor-fixtures.ts`.
 * They are not part of the repository (tens of MB): the tests use slices vendored under
 * `test/fixtures/`, and only the benchmarks over the whole sets need the originals. The folder is
 * `$LAUNCHGATE_DATASETS`, or `.cache/datasets` in the repository when that is unset.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

/** One public dataset: the folder it is expected in and where it comes from. */
export interface DatasetSource {
  /** Folder under the datasets root. */
  folder: string
  /** `owner/name` on GitHub. */
  repository: string
  commit: string
  /** Path inside the repository whose contents the folder holds. */
  path: string
  licence: string
}

/** The datasets, at the commits the benchmark figures in the README were measured on. */
export const DATASETS: readonly DatasetSource[] = [
  {
    folder: 'bfcl-v4',
    repository: 'ShishirPatil/gorilla',
    commit: '6ea57973',
    path: 'berkeley-function-call-leaderboard/bfcl_eval/data',
    licence: 'Apache-2.0',
  },
  {
    folder: 'seal-tools',
    repository: 'fairyshine/Seal-Tools',
    commit: 'ce753ecd',
    path: 'Seal-Tools_Dataset',
    licence: 'Apache-2.0',
  },
  {
    folder: 'metatool',
    repository: 'HowieHwong/MetaTool',
    commit: '35e81bb7',
    path: 'dataset',
    licence: 'MIT',
  },
  {
    folder: 'github-mcp-server-tools',
    repository: 'github/github-mcp-server',
    commit: '64a49f34',
    path: 'pkg/github/__toolsnaps__',
    licence: 'MIT',
  },
  {
    folder: 'api-schemas',
    repository: 'getsentry/sentry-api-schema',
    commit: 'a589a26c',
    path: 'openapi-derefed.json (saved as api-schemas/sentry-openapi-derefed.json)',
    licence: 'FSL-1.1-Apache-2.0',
  },
]

/** The environment variable that names the datasets folder. */
export const DATASETS_ENV = 'LAUNCHGATE_DATASETS'

/** Raised when a dataset a benchmark needs is not on disk; the message says how to get it. */
export class DatasetsMissingError extends Error {
  override readonly name = 'DatasetsMissingError'
}

/** The datasets folder: `$LAUNCHGATE_DATASETS`, else `<repo>/.cache/datasets`. */
export function datasetsRoot(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[DATASETS_ENV]?.trim()
  return fromEnv ? path.resolve(fromEnv) : path.resolve(import.meta.dirname, '..', '.cache', 'datasets')
}

/**
 * The datasets root, after checking that each named folder is there; otherwise throws a
 * {@link DatasetsMissingError} listing what is missing and the commands that fetch it.
 */
export function requireDatasets(folders: readonly string[], root = datasetsRoot()): string {
  const missing = DATASETS.filter((d) => folders.includes(d.folder) && !existsSync(path.join(root, d.folder)))
  if (missing.length === 0) return root
  throw new DatasetsMissingError(
    [
      `the public datasets this needs are not in ${root}: ${missing.map((d) => d.folder).join(', ')}.`,
      `Set ${DATASETS_ENV} to the folder that holds them, or put them in .cache/datasets. To get them:`,
      `  export ${DATASETS_ENV}=${root}`,
      ...missing.map(howToGet),
    ].join('\n'),
  )
}

/** Shell commands that fetch one dataset at its commit into `$LAUNCHGATE_DATASETS/<folder>`. */
function howToGet(d: DatasetSource): string {
  const repo = d.repository.split('/')[1]!
  const source = d.folder === 'api-schemas' ? 'openapi-derefed.json' : d.path
  const target =
    d.folder === 'api-schemas'
      ? `"$${DATASETS_ENV}/api-schemas/sentry-openapi-derefed.json"`
      : `"$${DATASETS_ENV}/${d.folder}"`
  return [
    `  # ${d.folder}: ${d.repository} @ ${d.commit}, ${d.path} (${d.licence})`,
    `  git clone https://github.com/${d.repository}.git /tmp/${repo} && git -C /tmp/${repo} checkout ${d.commit}`,
    d.folder === 'api-schemas'
      ? `  mkdir -p "$${DATASETS_ENV}/api-schemas" && cp /tmp/${repo}/${source} ${target} && cp /tmp/${repo}/LICENSE.md "$${DATASETS_ENV}/api-schemas/sentry-openapi.LICENSE.md"`
      : `  mkdir -p ${target} && cp -R /tmp/${repo}/${source}/. ${target}/ && cp /tmp/${repo}/LICENSE ${target}/`,
  ].join('\n')
}
