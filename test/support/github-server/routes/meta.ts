/** The authenticated user, the rate limit and the repository itself. */
import { repository, simpleUser } from '../shapes/common.js'
import { json, repoOf, type RouteTable } from '../routing.js'

const RATE = { limit: 5000, remaining: 4999, reset: 1_900_000_000, used: 1, resource: 'core' }

/** Routes of this file. */
export const metaRoutes: RouteTable = {
  'GET /user': (ctx) =>
    json(200, {
      ...simpleUser(ctx.urls, ctx.state.viewer),
      ...{
        name: ctx.state.viewer,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
      },
      ...{ public_repos: ctx.state.repos.size, public_gists: 0, followers: 0, following: 0 },
      ...{ created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' },
      ...{
        private_gists: 0,
        total_private_repos: 0,
        owned_private_repos: 0,
        disk_usage: 0,
        collaborators: 0,
      },
      two_factor_authentication: true,
    }),
  'GET /rate_limit': () =>
    json(200, { rate: RATE, resources: { core: RATE, search: { ...RATE, limit: 30, resource: 'search' } } }),
  'GET /repos/{owner}/{repo}': (ctx) => json(200, repository(ctx.urls, repoOf(ctx), true)),
}
