/**
 * The `.github/launchgate.yml` that init writes: every section filled from what was detected, and
 * what could not be (a host id nobody wrote down, Sentry's org) as a commented entry that names
 * exactly what is missing, so the file is valid as written and never claims more than it does.
 */
import { CAPABILITIES, type SECTIONS } from '../capabilities.js'
import { REVIEW_DEFAULT_EXCLUDES } from '../config/sections/review.js'
import type { RepoFacts } from './detect.js'

/** Secrets the written config makes launchgate read, by the workflow that passes them. */
export interface NeededSecrets {
  deploy: string[]
  monitor: string[]
}

/** The secrets the config as written needs (active targets and Sentry only, not commented ones). */
export function neededSecrets(f: RepoFacts): NeededSecrets {
  const deploy: string[] = []
  if (f.netlify?.siteId) deploy.push('NETLIFY_AUTH_TOKEN')
  if (renderTarget(f)) deploy.push('RENDER_API_KEY')
  return { deploy, monitor: f.sentry?.org ? ['SENTRY_AUTH_TOKEN'] : [] }
}

/** The one Render service an id belongs to, when that is unambiguous. */
function renderTarget(f: RepoFacts): { name: string; id: string } | undefined {
  const r = f.render
  if (!r || r.serviceIds.length !== 1 || r.services.length > 1) return undefined
  return { name: r.services[0]?.name ?? 'backend', id: r.serviceIds[0]! }
}

const q = (s: string) => JSON.stringify(s)
const list = (items: string[]) => `[${items.map((i) => `'${i.replace(/'/g, "''")}'`).join(', ')}]`

function targetLines(f: RepoFacts): string[] {
  const lines: string[] = []
  if (f.netlify?.siteId) {
    lines.push(`  # Netlify site from ${f.netlify.config}; its id from ${f.netlify.siteIdFrom}.`)
    lines.push(`  - { name: frontend, kind: netlify, site-id: ${q(f.netlify.siteId)} }`)
  } else if (f.netlify) {
    lines.push(
      `  # ${f.netlify.config} found, but no site id in the repository: Site configuration > Site ID.`,
    )
    lines.push('  #- { name: frontend, kind: netlify, site-id: <site id or your-site.netlify.app> }')
  }
  const render = renderTarget(f)
  if (render) {
    lines.push(
      `  # Render service from ${f.render!.config}; its id from ${f.render!.serviceIdsFrom.join(', ')}.`,
    )
    lines.push(`  - { name: ${q(render.name)}, kind: render, service-id: ${render.id} }`)
  } else if (f.render) {
    const ids = f.render.serviceIds.length ? ` (ids seen: ${f.render.serviceIds.join(', ')})` : ''
    lines.push(`  # ${f.render.config}: set each service's id (the srv-... in its dashboard URL)${ids}.`)
    for (const s of f.render.services.length ? f.render.services : [{ name: 'backend' }])
      lines.push(`  #- { name: ${q(s.name)}, kind: render, service-id: srv-... }`)
  }
  if (!f.netlify && !f.render)
    lines.push('  #- { name: api, kind: health, health-url: https://example.com/api/health }')
  return lines
}

function sentryLines(f: RepoFacts): string[] {
  if (!f.sentry) return []
  const s = f.sentry
  const from = `Sentry found in ${s.evidence}${s.slugsFrom ? `; slugs from ${s.slugsFrom}` : ''}`
  if (s.org) {
    return [
      `  # ${from}. Needs SENTRY_AUTH_TOKEN.`,
      '  sentry:',
      `    org: ${q(s.org)}`,
      ...(s.project ? [`    project: ${q(s.project)}`] : []),
    ]
  }
  return [
    `  # ${from}; set your organization slug (and project) to watch the release's errors:`,
    '  #sentry:',
    '  #  org: <organization slug>',
    `  #  project: ${s.project ? q(s.project) : '<project slug>'}`,
  ]
}

function excludeLines(f: RepoFacts): string[] {
  const { folders, copies } = f.excludes
  const consolidation = ['**/*.test.*', '**/__tests__/**', ...folders]
  const lines = [`  exclude: ${list(consolidation)}`]
  if (copies.length) {
    lines.push(
      `  # ${copies.length} file copies found (${copies.slice(0, 2).join(', ')}${copies.length > 2 ? ', ...' : ''}): not excluded here,`,
      '  # so a concern can retire them; the review leaves them out.',
    )
  }
  return lines
}

/** Core tools and gates: proposed from the registry found, else the plan's defaults. */
function gateLines(f: RepoFacts): string[] {
  const proposal = f.prefilter?.proposal
  if (!proposal) {
    return [
      ...(f.prefilter?.problem ? [`  # ${f.prefilter.problem}`] : []),
      '  core-tools: [get_time, get_location]',
      '  min-token-reduction: 0.8',
    ]
  }
  return [
    ...proposal.reasons.map((r) => `  # ${r}`),
    `  core-tools: ${list(proposal.coreTools)}`,
    `  min-token-reduction: ${proposal.minTokenReduction}`,
    `  target-token-reduction: ${proposal.targetTokenReduction}`,
  ]
}

/** The review's excludes when init found more than its defaults cover; undefined keeps the defaults. */
function reviewExcludeLine(f: RepoFacts): string | undefined {
  const review = [...new Set([...REVIEW_DEFAULT_EXCLUDES, ...f.excludes.folders, ...f.excludes.copyGlobs])]
  return review.length > REVIEW_DEFAULT_EXCLUDES.length ? `  exclude: ${list(review)}` : undefined
}

/**
 * Each config section's text, with the comment that introduces it. The type asks for one per
 * section of the registry, so a new capability with a config section cannot be left out of init.
 */
const SECTION_TEXT: { readonly [K in keyof typeof SECTIONS]: (f: RepoFacts) => string[] } = {
  consolidation: (f) => [
    '# One implementation per concern (e.g. 4 WebSocket hooks -> 1). Declare a concern when you consolidate:',
    'consolidation:',
    ...excludeLines(f),
    '  concerns: []',
    '  #  - name: websocket',
    '  #    canonical: [src/hooks/useSocket.ts]',
    '  #    deprecated: [src/hooks/useSocketV2.ts]',
    "  #    forbidden-signatures: ['new WebSocket(']",
  ],
  prefilter: (f) => [
    '# Which LLM tools a message needs; the PR gate benchmarks the saving on labelled cases.',
    'prefilter:',
    ...(f.toolRegistry
      ? [`  tools: ${f.toolRegistry}`]
      : ['  # tools: path/to/tools.json   (OpenAI, Anthropic or MCP tool definitions)']),
    ...(f.toolCases
      ? [`  cases: ${f.toolCases}`]
      : ['  # cases: path/to/cases.jsonl  ({"message": "...", "expected": ["tool_name"]} per line)']),
    ...gateLines(f),
  ],
  review: (f) => {
    const reviewExclude = reviewExcludeLine(f)
    return [
      '# Seven reviewers, one gate: no CRITICAL, HIGH fixed or waived, every area above min-score.',
      'review:',
      '  provider: offline # anthropic or openai adds an LLM pass (its key as a secret)',
      '  min-score: 8',
      ...(reviewExclude ? [reviewExclude] : []),
    ]
  },
  deploy: (f) => {
    const staging = f.stagingBranch ?? 'staging'
    const targets = targetLines(f)
    const active = targets.some((l) => l.startsWith('  - '))
    return [
      `# Deploy ${staging} to ${f.productionBranch} by manual dispatch.`,
      'deploy:',
      `  source-branch: ${staging}`,
      `  target-branch: ${f.productionBranch}`,
      '  checklist:',
      '    secrets: [] # more secrets to require; the host tokens below are checked without being listed',
      `    migrations: ${f.migrations ?? 'false # no migrations folder found'}`,
      `    changelog: ${f.changelog ?? 'false # no CHANGELOG found'}`,
      active ? '  targets:' : '  targets: [] # none yet: the deploy merges and does not wait for a host',
      ...targets,
      '  smoke:',
      '    tests: []',
    ]
  },
  monitor: (f) => [
    "# Watch the release and roll back when a trigger fires (the launch plan's thresholds).",
    'monitor:',
    '  window-hours: 4',
    '  thresholds:',
    '    error-rate: 0.05',
    '    websocket-failure-rate: 0.1',
    '    p95-ms: 5000',
    ...sentryLines(f),
  ],
  // The audit's defaults (persona `regular`, the policy of launchgate's own workflows) suit a
  // new repository; the file stays shorter without a section nobody has to change.
  audit: () => [],
}

/** The config file's text: a header, then each capability's section in the registry's order. */
export function renderConfig(f: RepoFacts): string {
  const sections = CAPABILITIES.flatMap((c) => (c.section ? [SECTION_TEXT[c.section](f)] : [])).filter(
    (lines) => lines.length > 0,
  )
  return [
    '# launchgate: release pipeline as code. Reference: https://github.com/launchgate/launchgate#the-config-file',
    '# Written by `launchgate init` from what it found in this repository; every value can be changed.',
    'version: 1',
    ...sections.flatMap((lines) => ['', ...lines]),
    '',
  ].join('\n')
}
