/**
 * The files `launchgate init` writes, as a pure function of the repository's facts and the
 * launchgate commit to pin: a commented `.github/launchgate.yml` and thin workflows (PR gate,
 * deploy, monitor) that follow
 * launchgate's own security policy (the audit checks them in CI).
 */
import type { RepoFacts } from './detect.js'

/** Which launchgate the workflows run: a repository and a full commit sha, with its version. */
export interface Pin {
  repository: string
  ref: string
  version: string
}

export const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2'

/** Path -> content of every file init writes. */
export function renderInitFiles(facts: RepoFacts, pin: Pin): Record<string, string> {
  return {
    '.github/launchgate.yml': renderConfig(facts),
    '.github/workflows/launchgate-pr-gate.yml': renderPrGate(facts, pin),
    '.github/workflows/launchgate-deploy.yml': renderDeploy(facts, pin),
    '.github/workflows/launchgate-monitor.yml': renderMonitor(pin),
  }
}

function renderConfig(f: RepoFacts): string {
  const staging = f.stagingBranch ?? 'staging'
  const lines = [
    '# launchgate: release pipeline as code. Reference: https://github.com/launchgate/launchgate#the-config-file',
    '# Written by `launchgate init` from what it found in this repository; every value can be changed.',
    'version: 1',
    '',
    '# One implementation per concern (e.g. 4 WebSocket hooks -> 1). Declare a concern when you consolidate:',
    'consolidation:',
    "  exclude: ['**/*.test.*', '**/__tests__/**']",
    '  concerns: []',
    '  #  - name: websocket',
    '  #    canonical: [src/hooks/useSocket.ts]',
    '  #    deprecated: [src/hooks/useSocketV2.ts]',
    "  #    forbidden-signatures: ['new WebSocket(']",
    '',
    '# Which LLM tools a message needs; the PR gate benchmarks the saving on labelled cases.',
    'prefilter:',
    ...(f.toolRegistry
      ? [`  tools: ${f.toolRegistry}`]
      : ['  # tools: path/to/tools.json   (OpenAI, Anthropic or MCP tool definitions)']),
    ...(f.toolCases
      ? [`  cases: ${f.toolCases}`]
      : ['  # cases: path/to/cases.jsonl  ({"message": "...", "expected": ["tool_name"]} per line)']),
    '  core-tools: [get_time, get_location]',
    '  min-token-reduction: 0.8',
    '',
    '# Seven reviewers, one gate: no CRITICAL, HIGH fixed or waived, every area above min-score.',
    'review:',
    '  provider: offline # anthropic or openai adds an LLM pass (its key as a secret)',
    '  min-score: 8',
    '',
    `# Deploy ${staging} to ${f.productionBranch} by manual dispatch.`,
    'deploy:',
    `  source-branch: ${staging}`,
    `  target-branch: ${f.productionBranch}`,
    '  checklist:',
    '    secrets: []',
    `    migrations: ${f.migrations ?? 'false # no migrations folder found'}`,
    `    changelog: ${f.changelog ?? 'false # no CHANGELOG found'}`,
    '  targets: []',
    ...(f.netlify ? ['  #  - { name: frontend, kind: netlify, site-id: <your site id> }'] : []),
    ...(f.render ? ['  #  - { name: backend, kind: render, service-id: <srv-...> }'] : []),
    '  #  - { name: api, kind: health, health-url: https://example.com/api/health }',
    '  smoke:',
    '    tests: []',
    '',
    "# Watch the release and roll back when a trigger fires (the launch plan's thresholds).",
    'monitor:',
    '  window-hours: 4',
    '  thresholds:',
    '    error-rate: 0.05',
    '    websocket-failure-rate: 0.1',
    '    p95-ms: 5000',
    '',
  ]
  return lines.join('\n')
}

function renderPrGate(f: RepoFacts, pin: Pin): string {
  return `# The PR gate: consolidation, the prefilter benchmark and the 7-agent review. Make its jobs
# required checks. Written by \`launchgate init\`.
name: launchgate-pr-gate

on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review]

permissions: {}

concurrency:
  group: launchgate-pr-gate-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  gate:
    uses: ${pin.repository}/.github/workflows/pr-gate.yml@${pin.ref} # ${pin.version}
    permissions:
      contents: read
      pull-requests: write
      security-events: write
    with:
      launchgate-repository: ${pin.repository}
      launchgate-ref: ${pin.ref}
      prefilter: ${f.toolRegistry && f.toolCases ? 'true' : 'false'}
    secrets:
      ANTHROPIC_API_KEY: \${{ secrets.ANTHROPIC_API_KEY }}
      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
`
}

function renderDeploy(f: RepoFacts, pin: Pin): string {
  const staging = f.stagingBranch ?? 'staging'
  return `# Deploy ${staging} to ${f.productionBranch}: checklist, merge, wait until live, smoke tests,
# deployment record, rollback PR and issue when the smoke tests fail. Written by \`launchgate init\`.
name: launchgate-deploy

on:
  workflow_dispatch:
    inputs:
      dry-run:
        description: Run the checklist and report what would be merged; change nothing.
        type: boolean
        default: false
      skip-checklist-item:
        description: Checklist items to skip this time, comma separated. The summary records it.
        type: string
        default: ''

permissions: {}

concurrency:
  group: launchgate-deploy
  cancel-in-progress: false

jobs:
  deploy:
    runs-on: ubuntu-latest
    timeout-minutes: 45
    environment:
      name: production
    permissions:
      contents: write
      pull-requests: write
      deployments: write
      issues: write
      checks: read
      statuses: read
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ${pin.repository}/actions/deploy@${pin.ref} # ${pin.version}
        with:
          dry-run: \${{ inputs.dry-run }}
          skip-checklist-item: \${{ inputs.skip-checklist-item }}
        # Add the secrets .github/launchgate.yml names (deploy.checklist.secrets, host tokens,
        # SMOKE_TEST_EMAIL / SMOKE_TEST_PASSWORD): launchgate reads them by name and masks them.
        env:
          SMOKE_TEST_EMAIL: \${{ secrets.SMOKE_TEST_EMAIL }}
          SMOKE_TEST_PASSWORD: \${{ secrets.SMOKE_TEST_PASSWORD }}
`
}

function renderMonitor(pin: Pin): string {
  return `# Watch production after a deploy (every 5 minutes in hour 1, 15 in hours 2-3, 30 in hour 4) and
# open one rollback PR and one issue when a trigger fires. Written by \`launchgate init\`.
# A PR opened with GITHUB_TOKEN triggers no workflows: pass a GitHub App token as app-token.
name: launchgate-monitor

on:
  schedule:
    - cron: '3-58/5 * * * *'
  workflow_dispatch:
    inputs:
      dry-run:
        description: Decide and report only; open no PR or issue and record nothing.
        type: boolean
        default: false

permissions: {}

concurrency:
  group: launchgate-monitor
  cancel-in-progress: false

jobs:
  monitor:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      contents: write
      pull-requests: write
      issues: write
      deployments: write
      security-events: read
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ${pin.repository}/actions/monitor@${pin.ref} # ${pin.version}
        with:
          force: \${{ github.event_name == 'workflow_dispatch' }}
          dry-run: \${{ github.event_name == 'workflow_dispatch' && inputs.dry-run }}
          sentry-token: \${{ secrets.SENTRY_AUTH_TOKEN }}
`
}
