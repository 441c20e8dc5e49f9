/**
 * Netlify: the site's deploys (`GET /sites/{site_id}/deploys`, Netlify's OpenAPI `listSiteDeploys`)
 * and the state of the one built from our commit (`commit_ref`). `ready` is live; `error` and
 * `rejected` are a failed build; every other state is a build in progress.
 */
import { hostApiClient, type HostApiOptions } from './api.js'
import { httpCall } from '../http/client.js'
import type { Host, HostObservation } from './types.js'

/** The fields of Netlify's `deploy` definition launchgate reads. */
export interface NetlifyDeploy {
  id: string
  state?: string
  commit_ref?: string | null
  error_message?: string | null
  admin_url?: string
  deploy_ssl_url?: string
  ssl_url?: string
  skipped?: boolean | null
  context?: string
}

export interface NetlifyHostOptions extends HostApiOptions {
  siteId: string
}

const SERVICE = 'Netlify'
const FAILED = new Set(['error', 'rejected'])
// Deploys per page: enough to find ours among previews and older builds after a busy merge.
const PAGE = 30

/** What the deploy list says about `sha`: pure, so every state is unit-tested. */
export function netlifyObservation(deploys: readonly NetlifyDeploy[], sha: string): HostObservation {
  // Newest first, as Netlify lists them; a retried build of the same commit supersedes the old one.
  const ours = deploys.find((d) => d.commit_ref === sha && d.context !== 'deploy-preview')
  if (!ours) return { phase: 'pending', detail: `no Netlify deploy of ${sha.slice(0, 12)} yet` }
  const state = ours.state ?? 'unknown'
  const base = { deployId: ours.id, url: ours.admin_url ?? ours.deploy_ssl_url }
  if (state === 'ready') return { ...base, phase: 'live', detail: `Netlify deploy ${ours.id} is ready` }
  // Netlify skips a build its ignore rule finds nothing for: the site keeps serving the same files.
  if (ours.skipped)
    return {
      ...base,
      phase: 'live',
      detail: `Netlify skipped deploy ${ours.id}: nothing to build for this commit`,
    }
  if (FAILED.has(state)) {
    const why = ours.error_message ? `: ${ours.error_message}` : ''
    return { ...base, phase: 'failed', detail: `Netlify deploy ${ours.id} failed (${state})${why}` }
  }
  return { ...base, phase: 'building', detail: `Netlify deploy ${ours.id} is ${state}` }
}

/** A Netlify site as a {@link Host}. */
export function netlifyHost(options: NetlifyHostOptions): Host {
  const http = hostApiClient(SERVICE, options)
  const path = `/sites/${encodeURIComponent(options.siteId)}/deploys`
  return {
    name: options.name,
    kind: 'netlify',
    url: options.url,
    async observe(sha) {
      const deploys = await httpCall(SERVICE, `list deploys of site ${options.siteId}`, () =>
        http.get<NetlifyDeploy[]>(path, { params: { per_page: PAGE } }),
      )
      return netlifyObservation(Array.isArray(deploys) ? deploys : [], sha)
    },
  }
}
