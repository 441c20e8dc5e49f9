/**
 * Where the app is hosted, read from the files a team already commits: `netlify.toml` (Netlify)
 * and `render.yaml` (a Render Blueprint). Neither file names the site or service id the APIs need,
 * so the ids are looked for where teams do write them down: Netlify's `.netlify/state.json` and
 * deploy-status badge, Render's `srv-...` ids in deploy hooks, dashboard links and workflows.
 */
import { readInputFile } from '../config/read-input.js'
import path from 'node:path'
import { parse } from 'yaml'

/** A Netlify site found in the repository. */
export interface NetlifyFacts {
  /** The netlify.toml that names it, relative to the root. */
  config: string
  /** The site id when exactly one is written down; the API also accepts the site's domain. */
  siteId?: string
  /** Where the id was read. */
  siteIdFrom?: string
}

/** One service of a Render Blueprint. */
export interface RenderService {
  name: string
  type: string
  healthCheckPath?: string
}

/** A Render Blueprint found in the repository. */
export interface RenderFacts {
  config: string
  services: RenderService[]
  /** `srv-...` ids written in the repository, distinct, in order of appearance. */
  serviceIds: string[]
  serviceIdsFrom: string[]
}

const NETLIFY_BADGE = /api\.netlify\.com\/api\/v1\/badges\/([0-9a-f-]{36})\/deploy-status/g
const NETLIFY_SITE_ENV = /NETLIFY_SITE_ID\s*[:=]\s*["']?([0-9a-f]{8}-[0-9a-f-]{27})/g
const RENDER_SERVICE_ID = /\bsrv-[a-z0-9]{20}\b/g
/** Render service types that serve something a deploy can wait for (not cron jobs or databases). */
const SERVED = new Set(['web', 'pserv', 'worker', 'static'])

async function readText(root: string, file: string): Promise<string | undefined> {
  return readInputFile(path.join(root, file), { display: file }).catch(() => undefined)
}

/** Distinct matches of capture group 1 (or the whole match) over the texts, with their files. */
function collect(texts: Array<[string, string]>, pattern: RegExp): { ids: string[]; from: string[] } {
  const ids: string[] = []
  const from = new Set<string>()
  for (const [file, text] of texts) {
    for (const match of text.matchAll(pattern)) {
      const id = match[1] ?? match[0]
      if (!ids.includes(id)) ids.push(id)
      from.add(file)
    }
  }
  return { ids, from: [...from] }
}

/**
 * Reads Netlify's facts; `netlifyToml` is the netlify.toml found (root first), `notes` the README
 * and workflow texts where ids are looked for.
 */
export async function detectNetlify(
  root: string,
  netlifyToml: string | undefined,
  notes: Array<[string, string]>,
): Promise<NetlifyFacts | undefined> {
  if (netlifyToml === undefined) return undefined
  const state = await readText(root, path.posix.join(path.posix.dirname(netlifyToml), '.netlify/state.json'))
  if (state !== undefined) {
    try {
      const siteId = (JSON.parse(state) as { siteId?: unknown }).siteId
      if (typeof siteId === 'string' && siteId !== '')
        return { config: netlifyToml, siteId, siteIdFrom: '.netlify/state.json' }
    } catch {
      // A state file that does not parse names no site; the other places still may.
    }
  }
  const badges = collect(notes, NETLIFY_BADGE)
  const env = collect(notes, NETLIFY_SITE_ENV)
  const ids = [...new Set([...badges.ids, ...env.ids])]
  // Two different ids could be two sites (e.g. docs and app): guessing would deploy-check the wrong one.
  if (ids.length !== 1) return { config: netlifyToml }
  return { config: netlifyToml, siteId: ids[0], siteIdFrom: [...badges.from, ...env.from][0] }
}

/** Reads a Render Blueprint's services; undefined when there is none or it does not parse. */
export async function detectRender(
  root: string,
  notes: Array<[string, string]>,
): Promise<RenderFacts | undefined> {
  const config = 'render.yaml'
  const text = await readText(root, config)
  if (text === undefined) return undefined
  let services: RenderService[] = []
  try {
    const doc = parse(text) as { services?: unknown } | null
    const list = Array.isArray(doc?.services) ? (doc.services as Array<Record<string, unknown>>) : []
    services = list
      .filter((s) => typeof s?.name === 'string' && SERVED.has(String(s.type ?? 'web')))
      .map((s) => ({
        name: String(s.name),
        type: String(s.type ?? 'web'),
        ...(typeof s.healthCheckPath === 'string' ? { healthCheckPath: s.healthCheckPath } : {}),
      }))
  } catch {
    // An unparsable Blueprint still says the app is on Render; its services stay unknown.
  }
  const found = collect([[config, text], ...notes], RENDER_SERVICE_ID)
  return { config, services, serviceIds: found.ids, serviceIdsFrom: found.from }
}
