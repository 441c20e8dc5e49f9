/**
 * What `launchgate init` can find out about a repository by itself, so it asks nothing: its
 * branches, its stack, where its migrations, changelog and tool registry are, and its hosts.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { readInputFile } from '../config/read-input.js'
import { runGit } from '../git/git.js'

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
  netlify: boolean
  render: boolean
  sentry: boolean
}

const IGNORE = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.git/**', '**/.launchgate/**']

/** Reads the facts of the repository at `root` (a git work tree or a plain folder). */
export async function detectRepo(root: string): Promise<RepoFacts> {
  const branches = await localAndRemoteBranches(root)
  const productionBranch =
    (await originHead(root)) ?? ['main', 'master'].find((b) => branches.has(b)) ?? 'main'
  const stagingBranch = ['staging', 'develop', 'dev'].find((b) => branches.has(b))
  const find = (patterns: string[]) => glob(patterns, { cwd: root, ignore: IGNORE, dot: false })
  const [tsconfigs, python, registries, packageJsons] = await Promise.all([
    find(['**/tsconfig.json']),
    find(['**/pyproject.toml', '**/requirements.txt']),
    find(['**/tools/*.json', '**/*tool*registry*.json', '**/*tools*.json']),
    find(['**/package.json']),
  ])
  const deps = await dependencyNames(root, packageJsons)
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
    netlify: existsSync(path.join(root, 'netlify.toml')),
    render: existsSync(path.join(root, 'render.yaml')),
    sentry: [...deps].some((d) => d.startsWith('@sentry/')) || (await mentions(root, python, 'sentry')),
  }
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

async function dependencyNames(root: string, packageJsons: string[]): Promise<Set<string>> {
  const names = new Set<string>()
  for (const file of packageJsons) {
    try {
      const pkg = JSON.parse(await readInputFile(path.join(root, file), { display: file })) as Record<
        string,
        Record<string, string>
      >
      for (const field of ['dependencies', 'devDependencies'])
        for (const name of Object.keys(pkg[field] ?? {})) names.add(name)
    } catch {
      // A package.json that does not parse says nothing about the stack; the rest still does.
    }
  }
  return names
}

async function mentions(root: string, files: string[], word: string): Promise<boolean> {
  for (const file of files) {
    const text = await readInputFile(path.join(root, file), { display: file }).catch(() => '')
    if (text.toLowerCase().includes(word)) return true
  }
  return false
}
