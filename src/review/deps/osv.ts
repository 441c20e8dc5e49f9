/**
 * Known vulnerabilities of package versions from OSV (`POST /v1/querybatch`, then
 * `GET /v1/vulns/{id}` for each advisory's severity), through the one HTTP client with retries.
 * Answers are cached per run: a monorepo's lockfiles share most of their packages.
 */
import { createHttpClient, httpCall } from '../../http/client.js'
import type { ReviewSeverity } from '../findings.js'
import type { PinnedPackage } from './lockfiles.js'

export const OSV_URL = 'https://api.osv.dev'

export interface Advisory {
  id: string
  summary: string
  severity: ReviewSeverity
}

interface OsvVuln {
  id: string
  summary?: string
  database_specific?: { severity?: string }
  severity?: Array<{ type: string; score: string }>
}

/** An advisory's severity: GitHub's rating when present, else MEDIUM. */
export function advisorySeverity(vuln: OsvVuln): ReviewSeverity {
  const rated = String(vuln.database_specific?.severity ?? '').toUpperCase()
  if (rated === 'CRITICAL' || rated === 'HIGH' || rated === 'LOW') return rated
  return 'MEDIUM'
}

/** Looks up packages in OSV; the result is keyed `name@version`. */
export async function queryOsv(
  baseUrl: string,
  packages: readonly PinnedPackage[],
): Promise<Map<string, Advisory[]>> {
  const http = createHttpClient({ service: 'OSV', baseURL: baseUrl, retries: 1, timeoutMs: 8000 })
  const out = new Map<string, Advisory[]>()
  const details = new Map<string, Advisory>()
  for (let i = 0; i < packages.length; i += 1000) {
    const batch = packages.slice(i, i + 1000)
    const body = {
      queries: batch.map((p) => ({ package: { name: p.name, ecosystem: p.ecosystem }, version: p.version })),
    }
    const answer = await httpCall('OSV', 'query vulnerabilities', () =>
      http.post<{ results: Array<{ vulns?: Array<{ id: string }> }> }>('/v1/querybatch', body, {
        retryable: true,
      }),
    )
    for (const [j, result] of answer.results.entries()) {
      const pkg = batch[j] as PinnedPackage
      const advisories: Advisory[] = []
      for (const { id } of result.vulns ?? []) {
        if (!details.has(id)) {
          const vuln = await httpCall('OSV', `read advisory ${id}`, () =>
            http.get<OsvVuln>(`/v1/vulns/${encodeURIComponent(id)}`),
          )
          details.set(id, { id, summary: vuln.summary ?? id, severity: advisorySeverity(vuln) })
        }
        advisories.push(details.get(id) as Advisory)
      }
      out.set(`${pkg.name}@${pkg.version}`, advisories)
    }
  }
  return out
}
