/**
 * What `launchgate init` can find out about a repository by itself, so it asks nothing: its
 * branches, its stack, where its migrations, changelog and tool registry are, and its hosts.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { readInputFile } from '../config/read-input.js'
import { describeError } from '../errors.js'
import { runGit } from '../git/git.js'
import { detectExcludes, type ExcludeFacts } from './detect-excludes.js'
import { proposePrefilter, type PrefilterProposal } from './detect-prefilter.js'
import { detectNetlify, detectRender, type NetlifyFacts, type RenderFacts } from './detect-hosts.js'
import { SENTRY_SLUG_FILES, sentryEvidence, sentrySlugs, type SentryFacts } from './detect-sentry.js'

export interface RepoFacts {
  /** The branch production deploys from (`main`, `master`...). */
  productionBranch: string
  /** The integration branch when the repository has one (`staging`, `develop`). */
  stagingBranch?: string
  /** Folders of TypeScript projects (their tsconfig.json), relative to the root. */
  typescriptProjects: string[]
  pythonProjects: string[]
  react: boolean
  migrations?: string
  changelog?: string
  /** A JSON file that looks like an LLM tool registry, and JSON Lines cases next to it. */
  toolRegistry?: string
  toolCases?: string
  /** Core tools and gates proposed from the registry, or why none could be (a file it cannot read). */
  prefilter?: { proposal?: PrefilterProposal; problem?: string }
  netlify?: NetlifyFacts
  render?: RenderFacts
  sentry?: SentryFacts
  /** Vendored, generated and backup code to leave out of the checks. */
  excludes: ExcludeFacts
  /** Whether `.gitignore` already ignores launchgate's cache folder. */
  cacheIgnored: boolean
}

const IGNORE = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.git/**', '**/.launchgate/**']
/** Texts where teams write host ids down: READMEs, docs at the root, workflows. */
const NOTES = ['*.md', '**/README.md', '.github/workflows/*.{yml,yaml}']

/** Reads the facts of the repository at `root` (a git work tree or a plain folder). */
export async function detectRepo(root: string): Promise<RepoFacts> {
  const branches = await localAndRemoteBranches(root)
  const productionBranch =
    (await originHead(root)) ?? ['main', 'master'].find((b) => branches.has(b)) ?? 'main'
  const stagingBranch = ['staging', 'develop', 'dev'].find((b) => branches.has(b))
  const excludes = await detectExcludes(root)
  const ignore = [...IGNORE, ...excludes.folders, ...excludes.copyGlobs]
  const find = (patterns: string[], dot = false) => glob(patterns, { cwd: root, ignore, dot })
  const [tsconfigs, python, registries, packageJsons, netlifyTomls, noteFiles, slugFiles] = await Promise.all(
    [
      find(['**/tsconfig.json']),
      find(['**/pyproject.toml', '**/requirements*.txt']),
      find(['**/tools/*.json', '**/*tool*registry*.json', '**/*tools*.json']),
      find(['**/package.json']),
      find(['netlify.toml', '*/netlify.toml']),
      find(NOTES, true),
      find(SENTRY_SLUG_FILES, true),
    ],
  )
  const packageDeps = await dependencyLists(root, packageJsons.sort())
  const deps = new Set(packageDeps.flatMap(([, names]) => names))
  const notes = await readAll(root, noteFiles.sort())
  const evidence = sentryEvidence(packageDeps, await readAll(root, python.sort()))
  const toolRegistry = registries.sort()[0]
  const cases = toolRegistry
    ? (await find([`${path.posix.dirname(toolRegistry)}/*.jsonl`])).sort()[0]
    : undefined
  return {
    productionBranch,
    stagingBranch,
    typescriptProjects: [...new Set(tsconfigs.map((f) => path.posix.dirname(f)))].sort(),
    pythonProjects: [...new Set(python.map((f) => path.posix.dirname(f)))].sort(),
    react: deps.has('react'),
    migrations: ['supabase/migrations', 'migrations', 'db/migrations'].find((d) =>
      existsSync(path.join(root, d)),
    ),
    changelog: ['CHANGELOG.md', 'CHANGELOG', 'HISTORY.md'].find((f) => existsSync(path.join(root, f))),
    toolRegistry,
    toolCases: cases,
    prefilter: toolRegistry ? await prefilterProposal(root, toolRegistry) : undefined,
    netlify: await detectNetlify(root, netlifyTomls.sort((a, b) => a.length - b.length)[0], notes),
    render: await detectRender(root, notes),
    sentry: evidence ? { evidence, ...(await sentrySlugs(root, slugFiles)) } : undefined,
    excludes,
    cacheIgnored: ignoresCache(
      await readInputFile(path.join(root, '.gitignore'), { display: '.gitignore' }).catch(() => ''),
    ),
  }
}

/** Whether a .gitignore text ignores `.launchgate/` at the root (any of the usual spellings). */
export function ignoresCache(gitignore: string): boolean {
  return gitignore
    .split(/\r?\n/)
    .map((line) => line.trim())
    .some((line) => /^\/?(\*\*\/)?\.launchgate(\/(\*\*?)?)?$/.test(line))
}

async function readAll(root: string, files: string[]): Promise<Array<[string, string]>> {
  return Promise.all(
    files.map(async (f): Promise<[string, string]> => [
      f,
      await readInputFile(path.join(root, f), { display: f }).catch(() => ''),
    ]),
  )
}

async function localAndRemoteBranches(root: string): Promise<Set<string>> {
  const { stdout, code } = await runGit(
    ['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes'],
    {
      cwd: root,
      allowExitCodes: [128],
    },
  )
  if (code !== 0) return new Set()
  return new Set(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((ref) => ref.replace(/^refs\/(heads|remotes\/[^/]+)\//, '')),
  )
}

async function originHead(root: string): Promise<string | undefined> {
  const { stdout, code } = await runGit(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], {
    cwd: root,
    allowExitCodes: [1, 128],
  })
  return code === 0 ? stdout.trim().replace(/^origin\//, '') || undefined : undefined
}

/** Each package.json with its dependency names (runtime and dev), in file order. */
async function dependencyLists(root: string, packageJsons: string[]): Promise<Array<[string, string[]]>> {
  const lists: Array<[string, string[]]> = []
  for (const file of packageJsons) {
    try {
      const pkg = JSON.parse(await readInputFile(path.join(root, file), { display: file })) as Record<
        string,
        Record<string, string>
      >
      lists.push([
        file,
        ['dependencies', 'devDependencies'].flatMap((field) => Object.keys(pkg[field] ?? {})),
      ])
    } catch {
      // A package.json that does not parse says nothing about the stack; the rest still does.
    }
  }
  return lists
}

/** The prefilter's proposal from the registry found; a file that cannot be read says why. */
async function prefilterProposal(root: string, file: string): Promise<RepoFacts['prefilter']> {
  try {
    const text = await readInputFile(path.join(root, file), { display: file, what: 'tool registry' })
    return proposePrefilter(text, file)
  } catch (error) {
    return { problem: `${file} could not be read: ${describeError(error)}` }
  }
}
