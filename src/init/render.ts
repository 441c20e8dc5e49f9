/**
 * The files `launchgate init` writes, as a pure function of the repository's facts and the
 * launchgate commit to pin: a commented `.github/launchgate.yml` and thin workflows (PR gate,
 * deploy, monitor) that follow
 * launchgate's own security policy (the audit checks them in CI).
 */
import type { RepoFacts } from './detect.js'
import { neededSecrets, renderConfig } from './render-config.js'

/** Which launchgate the workflows run: a repository and a full commit sha, with its version. */
export interface Pin {
  repository: string
  ref: string
  version: string
}

export const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2'

/** Path -> content of every file init writes. */
export function renderInitFiles(f: RepoFacts, pin: Pin): Record<string, string> {
  return {
    '.github/launchgate.yml': renderConfig(f),
    '.github/workflows/launchgate-pr-gate.yml': renderPrGate(f, pin),
    '.github/workflows/launchgate-deploy.yml': renderDeploy(f, pin),
    '.github/workflows/launchgate-monitor.yml': renderMonitor(f, pin),
  }
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
        # launchgate reads these by name and masks them; add any that .github/launchgate.yml
        # names later (deploy.checklist.secrets, a host's token-secret).
        env:
${envLines(['SMOKE_TEST_EMAIL', 'SMOKE_TEST_PASSWORD', ...neededSecrets(f).deploy])}
`
}

function renderMonitor(f: RepoFacts, pin: Pin): string {
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
${neededSecrets(f).monitor.length ? '' : '          # monitor.sentry is not set in .github/launchgate.yml yet; the token is read once it is.\n'}          sentry-token: \${{ secrets.SENTRY_AUTH_TOKEN }}
`
}

function envLines(names: string[]): string {
  return names.map((n) => `          ${n}: \${{ secrets.${n} }}`).join('\n')
}
