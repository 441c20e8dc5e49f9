/**
 * Render: a service's deploys (`GET /v1/services/{serviceId}/deploys`) and the status of the one
 * built from our commit (`deploy.commit.id`). No API description of Render is in this repository,
 * so this follows Render's documented REST API: the list is `[{ deploy, cursor }]` newest first,
 * and a deploy's `status` is one of created, queued, build_in_progress, update_in_progress,
 * pre_deploy_in_progress, live, deactivated, build_failed, update_failed, pre_deploy_failed,
 * canceled.
 */
import { hostApiClient, type HostApiOptions } from './api.js'
import { httpCall } from '../http/client.js'
import type { Host, HostObservation } from './types.js'

/** The fields of a Render deploy launchgate reads. */
export interface RenderDeploy {
  id: string
  status?: string
  commit?: { id?: string; message?: string } | null
  finishedAt?: string | null
}

/** One item of the list: Render wraps each deploy with a pagination cursor. */
export interface RenderDeployItem {
  deploy: RenderDeploy
  cursor?: string
}

export interface RenderHostOptions extends HostApiOptions {
  serviceId: string
}

const SERVICE = 'Render'
const FAILED = new Set(['build_failed', 'update_failed', 'pre_deploy_failed', 'canceled'])
const PAGE = 20

/** What the deploy list says about `sha`: pure, so every status is unit-tested. */
export function renderObservation(items: readonly RenderDeployItem[], sha: string): HostObservation {
  const ours = items.map((i) => i.deploy).find((d) => d?.commit?.id === sha)
  if (!ours) return { phase: 'pending', detail: `no Render deploy of ${sha.slice(0, 12)} yet` }
  const status = ours.status ?? 'unknown'
  const base = { deployId: ours.id }
  if (status === 'live') return { ...base, phase: 'live', detail: `Render deploy ${ours.id} is live` }
  // Deactivated: it went live and a newer deploy replaced it since, so our commit did ship.
  if (status === 'deactivated') {
    return {
      ...base,
      phase: 'live',
      detail: `Render deploy ${ours.id} went live and was since replaced by a newer deploy`,
    }
  }
  if (FAILED.has(status))
    return { ...base, phase: 'failed', detail: `Render deploy ${ours.id} ${status.replace(/_/g, ' ')}` }
  return { ...base, phase: 'building', detail: `Render deploy ${ours.id} is ${status.replace(/_/g, ' ')}` }
}

/** A Render service as a {@link Host}. */
export function renderHost(options: RenderHostOptions): Host {
  const http = hostApiClient(SERVICE, options)
  const path = `/services/${encodeURIComponent(options.serviceId)}/deploys`
  return {
    name: options.name,
    kind: 'render',
    url: options.url,
    async observe(sha) {
      const items = await httpCall(SERVICE, `list deploys of service ${options.serviceId}`, () =>
        http.get<RenderDeployItem[]>(path, { params: { limit: PAGE } }),
      )
      return renderObservation(Array.isArray(items) ? items : [], sha)
    },
  }
}
