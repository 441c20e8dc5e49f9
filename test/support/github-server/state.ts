/**
 * Everything the fake GitHub knows, in memory: repositories and the authenticated user. Tests
 * arrange scenarios through it (`gh.state.addRepo(...)`) and inspect the outcome afterwards.
 */
import { RepoState } from './repo-state.js'
import { Sequence } from './sequence.js'

/** Options of {@link GitHubState.addRepo}. */
export interface NewRepo {
  /** Branch created with one root commit; `main` by default. */
  defaultBranch?: string
}

/** The server's whole state. */
export class GitHubState {
  readonly seq = new Sequence()
  readonly repos = new Map<string, RepoState>()

  /** @param viewer login of the token's user, the author of everything the client creates. */
  constructor(readonly viewer: string = 'launchgate-bot') {}

  /** Creates a repository with its default branch; throws when it exists. */
  addRepo(owner: string, name: string, options: NewRepo = {}): RepoState {
    const key = repoKey(owner, name)
    if (this.repos.has(key)) throw new Error(`repository ${owner}/${name} exists`)
    const repo = new RepoState(
      owner,
      name,
      this.seq.nextId(),
      options.defaultBranch ?? 'main',
      this.viewer,
      this.seq,
    )
    this.repos.set(key, repo)
    return repo
  }

  /** The repository, matched case-insensitively like GitHub does, or undefined. */
  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(repoKey(owner, name))
  }
}

function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase()
}
