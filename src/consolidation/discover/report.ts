/** The discovery report: a table of proposed concerns, their evidence, and a ready config snippet. Pure. */
import type { Report } from '../../report/types.js'
import type { DiscoveredConcern } from './propose.js'

/** The `consolidation:` section that declares the proposed concerns, with comments saying why. */
export function configSnippet(concerns: DiscoveredConcern[]): string {
  if (concerns.length === 0) return ''
  const q = (s: string) => JSON.stringify(s)
  const lines = ['consolidation:', '  concerns:']
  for (const c of concerns) {
    const kinds = [...new Set(c.evidence.map((e) => e.kind))].join(', ')
    lines.push(`    # ${kinds}: ${c.evidence[0]?.detail ?? ''}`.trimEnd())
    lines.push(`    - name: ${q(c.name)}`)
    lines.push(`      canonical: [${c.canonical.map(q).join(', ')}]`)
    lines.push('      deprecated:')
    for (const d of c.deprecated) lines.push(`        - ${q(d)} # ${c.importers[d] ?? 0} importer(s)`)
    if (c.signatures.length > 0) lines.push(`      forbidden-signatures: [${c.signatures.map(q).join(', ')}]`)
    if (c.evidence.some((e) => e.kind === 'near-duplicate')) lines.push('      duplicates: true')
  }
  return `${lines.join('\n')}\n`
}

/** The report of `launchgate consolidation discover`; it informs, so it always passes. */
export function discoverReport(concerns: DiscoveredConcern[], skipped: string[]): Report {
  const snippet = configSnippet(concerns)
  return {
    capability: 'consolidation-discover',
    title:
      concerns.length === 0
        ? 'Discovery: no module looks like another implementation of the same thing'
        : `Discovery: ${concerns.length} concern(s) with more than one implementation`,
    ok: true,
    findings: [],
    sections: [
      {
        title: 'Proposed concerns',
        table: {
          columns: ['concern', 'canonical (most imported)', 'deprecated', 'evidence'],
          rows: concerns.map((c) => [
            c.name,
            c.canonical.map((f) => `${f} (${c.importers[f] ?? 0})`).join(', '),
            c.deprecated.length <= 4
              ? c.deprecated.map((f) => `${f} (${c.importers[f] ?? 0})`).join(', ')
              : `${c.deprecated.length} modules`,
            [...new Set(c.evidence.map((e) => e.kind))].join(', '),
          ]),
        },
      },
      ...(snippet ? [{ title: 'Config snippet (.github/launchgate.yml)', text: snippet }] : []),
      ...(skipped.length > 0
        ? [{ title: 'Skipped (over max-file-bytes)', text: skipped.join('\n'), collapsed: true }]
        : []),
    ],
    data: { concerns, snippet, skipped },
  }
}
