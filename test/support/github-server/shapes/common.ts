/**
 * JSON shapes shared by many responses (users, repositories) and the URL scheme of the fake
 * GitHub: API URLs point back at the server, so a client following them stays local.
 */
import type { RepoState } from '../repo-state.js'

/** Where the API and the web UI live for the current server. */
export interface Urls {
  /** e.g. `http://127.0.0.1:43123`, no trailing slash. */
  api: string
  /** Web URLs (`html_url`); never fetched by clients, so a fixed host is fine. */
  html: string
}

type Json = Record<string, unknown>

/** An opaque GraphQL-style node id, like GitHub's (`kind` is e.g. `I` for an issue). */
export function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}_${id}`).toString('base64').replace(/=+$/, '')
}

/** A stable positive id for a login, so the same user always has the same id. */
export function userId(login: string): number {
  let hash = 7
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 2_000_000_000
  return hash + 1
}

/** GitHub's `simple-user`. */
export function simpleUser(u: Urls, login: string): Json {
  const id = userId(login)
  const api = `${u.api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${u.html}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: /bot\]?$/.test(login) ? 'Bot' : 'User',
    site_admin: false,
    user_view_type: 'public',
  }
}

/** GitHub's `minimal-repository` (the URL part every repository shape shares). */
export function minimalRepository(u: Urls, repo: RepoState): Json {
  const api = `${u.api}/repos/${repo.fullName}`
  const templated = (name: string, suffix: string) => [`${name}_url`, `${api}/${suffix}`]
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: simpleUser(u, repo.owner),
    private: false,
    html_url: `${u.html}/${repo.fullName}`,
    description: null,
    fork: false,
    url: api,
    ...Object.fromEntries([
      templated('archive', '{archive_format}{/ref}'),
      templated('assignees', 'assignees{/user}'),
      templated('blobs', 'git/blobs{/sha}'),
      templated('branches', 'branches{/branch}'),
      templated('collaborators', 'collaborators{/collaborator}'),
      templated('comments', 'comments{/number}'),
      templated('commits', 'commits{/sha}'),
      templated('compare', 'compare/{base}...{head}'),
      templated('contents', 'contents/{+path}'),
      templated('contributors', 'contributors'),
      templated('deployments', 'deployments'),
      templated('downloads', 'downloads'),
      templated('events', 'events'),
      templated('forks', 'forks'),
      templated('git_commits', 'git/commits{/sha}'),
      templated('git_refs', 'git/refs{/sha}'),
      templated('git_tags', 'git/tags{/sha}'),
      templated('hooks', 'hooks'),
      templated('issue_comment', 'issues/comments{/number}'),
      templated('issue_events', 'issues/events{/number}'),
      templated('issues', 'issues{/number}'),
      templated('keys', 'keys{/key_id}'),
      templated('labels', 'labels{/name}'),
      templated('languages', 'languages'),
      templated('merges', 'merges'),
      templated('milestones', 'milestones{/number}'),
      templated('notifications', 'notifications{?since,all,participating}'),
      templated('pulls', 'pulls{/number}'),
      templated('releases', 'releases{/id}'),
      templated('stargazers', 'stargazers'),
      templated('statuses', 'statuses/{sha}'),
      templated('subscribers', 'subscribers'),
      templated('subscription', 'subscription'),
      templated('tags', 'tags'),
      templated('teams', 'teams'),
      templated('trees', 'git/trees{/sha}'),
    ]),
  }
}

/** GitHub's `repository` (and, with `full`, `full-repository`). */
export function repository(u: Urls, repo: RepoState, full = false): Json {
  const open = [...repo.issues.values()].filter((i) => i.state === 'open').length
  const created = '2024-01-01T00:00:00Z'
  const shape: Json = {
    ...minimalRepository(u, repo),
    clone_url: `${u.html}/${repo.fullName}.git`,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    svn_url: `${u.html}/${repo.fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    default_branch: repo.defaultBranch,
    ...{ forks: 0, forks_count: 0, stargazers_count: 0, watchers: 0, watchers_count: 0, size: 1 },
    ...{ open_issues: open, open_issues_count: open },
    ...{ has_issues: true, has_projects: false, has_wiki: false, has_pages: false, has_downloads: true },
    ...{ archived: false, disabled: false, visibility: 'public', license: null },
    ...{ pushed_at: created, created_at: created, updated_at: created },
  }
  if (full) Object.assign(shape, { has_discussions: false, network_count: 0, subscribers_count: 0 })
  return shape
}
