/**
 * `init` on repositories built from real projects' manifests (vendored under test/fixtures/init-*):
 * full-stack-fastapi-template's React frontend and FastAPI backend with sentry-sdk, hoppscotch's
 * netlify.toml and Infisical's two-service render.yaml, plus the archive and backup folders and
 * Finder copies a real repository accumulates.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { loadConfig } from '../../src/config/load.js'
import { auditWorkflows } from '../../src/workflow-audit/run.js'
import { cli } from '../support/cli.js'
import { createTempRepo, type FileMap, type TempRepo } from '../support/git-repos.js'
import { REPO_ROOT } from '../support/runner.js'

const REF = 'c0ffee0000000000000000000000000000000001'
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures')

async function fixture(folder: string, file: string): Promise<string> {
  return readFile(path.join(FIXTURES, folder, file), 'utf8')
}

/** React + FastAPI with Sentry, Netlify and Render at the root, as in the issue. */
async function realStack(): Promise<FileMap> {
  return {
    'backend/pyproject.toml': await fixture('init-fastapi-template', 'backend/pyproject.toml'),
    'frontend/package.json': await fixture('init-fastapi-template', 'frontend/package.json'),
    'frontend/tsconfig.json': '{}\n',
    'frontend/src/main.tsx': 'export const app = 1\n',
    'netlify.toml': await fixture('init-hoppscotch', 'netlify.toml'),
    'render.yaml': await fixture('init-infisical', 'render.yaml'),
    'archive/old-frontend/tsconfig.json': '{}\n',
    'archive/old-frontend/index.ts': 'export const old = 1\n',
    'backups/2024-05/api.py': 'x = 1\n',
    'frontend/src/useSocket 2.ts': 'export const copy = 1\n',
    '.gitignore': 'node_modules\n.env\n',
  }
}

interface InitJson {
  files: Record<string, string>
  contents: Record<string, string>
  detected: {
    react: boolean
    typescriptProjects: string[]
    netlify?: { config: string; siteId?: string }
    render?: { services: Array<{ name: string }>; serviceIds: string[] }
    sentry?: { evidence: string; org?: string; project?: string }
    excludes: { folders: string[]; copies: string[] }
    cacheIgnored: boolean
  }
}

describe('init on a real React + FastAPI repository', () => {
  let repo: TempRepo | undefined
  afterEach(async () => {
    await repo?.cleanup()
    repo = undefined
  })

  async function make(files: FileMap): Promise<string> {
    repo = await createTempRepo({ files })
    await repo.branch('staging')
    return repo.dir
  }

  it('reports Netlify, Render, Sentry and the excluded folders in one JSON document', async () => {
    const dir = await make(await realStack())
    const run = await cli(['init', '--root', dir, '--ref', REF, '--format', 'json'])
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout) as InitJson
    const d = doc.detected
    expect(d.react).toBe(true)
    expect(d.netlify).toEqual({ config: 'netlify.toml' })
    expect(d.render?.services.map((s) => s.name)).toEqual(['infisical-frontend', 'infisical-backend'])
    expect(d.render?.serviceIds).toEqual([])
    expect(d.sentry).toEqual({ evidence: 'backend/pyproject.toml (sentry-sdk)' })
    expect(d.excludes.folders).toEqual(['archive/**', 'backups/**'])
    expect(d.excludes.copies).toEqual(['frontend/src/useSocket 2.ts'])
    // An archived copy of the frontend is not a project.
    expect(d.typescriptProjects).toEqual(['frontend'])
    expect(d.cacheIgnored).toBe(false)
    expect(doc.files['.gitignore']).toBe('updated (adds .launchgate/)')
    expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toBe(
      "node_modules\n.env\n\n# launchgate's caches and local reports\n.launchgate/\n",
    )
    expect(Object.keys(doc.contents).sort()).toEqual(Object.keys(doc.files).sort())
  })

  it('writes a valid config: hosts without ids and Sentry without an org are commented, named as missing', async () => {
    const dir = await make(await realStack())
    const run = await cli(['init', '--root', dir, '--ref', REF])
    expect(run.code).toBe(0)
    const { config } = await loadConfig({ root: dir })
    expect(config.deploy.targets).toEqual([])
    expect(config.monitor.sentry).toBeUndefined()
    expect(config.consolidation.exclude).toEqual([
      '**/*.test.*',
      '**/__tests__/**',
      'archive/**',
      'backups/**',
    ])
    expect(config.review.exclude).toEqual(
      expect.arrayContaining(['archive/**', 'backups/**', '**/* [2-9].*']),
    )
    const text = await readFile(path.join(dir, '.github/launchgate.yml'), 'utf8')
    expect(text).toContain('#- { name: "infisical-backend", kind: render, service-id: srv-... }')
    expect(text).toContain('#- { name: frontend, kind: netlify, site-id:')
    expect(text).toContain('Sentry found in backend/pyproject.toml (sentry-sdk)')
    expect(run.stdout).toMatch(/Netlify \(netlify\.toml, no site id written down\)/)
    expect(run.stdout).toContain('Render (render.yaml: infisical-frontend, infisical-backend; no service id')
    expect(run.stdout).toContain('Sentry (backend/pyproject.toml (sentry-sdk); org not found)')
    expect(run.stdout).toContain(
      "Fill in the commented entries of .github/launchgate.yml: the Netlify site id, the Render service id(s), Sentry's organization slug.",
    )
    // Nothing is active that needs a secret, so the report asks for none.
    expect(run.stdout).not.toContain('Add the repository secrets')
  })

  it('fills the targets and the monitor when the ids and slugs are written down', async () => {
    const dir = await make({
      ...(await realStack()),
      'render.yaml':
        'services:\n  - type: web\n    name: api\n    runtime: python\n    healthCheckPath: /health\n',
      'README.md':
        '# App\n[![Netlify Status](https://api.netlify.com/api/v1/badges/93c42090-6fc9-4c3d-a462-42b535ea9d15/deploy-status)](https://app.netlify.com/sites/app/deploys)\n',
      '.github/workflows/redeploy.yml':
        'on: workflow_dispatch\njobs:\n  hook:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -fsS "https://api.render.com/deploy/srv-c8n2nt8l6cac73bnlm5g?key=${{ secrets.RENDER_HOOK_KEY }}"\n',
      'frontend/.sentryclirc': '[defaults]\norg = acme\nproject = web-app\n',
    })
    const run = await cli(['init', '--root', dir, '--ref', REF])
    expect(run.code).toBe(0)
    const { config } = await loadConfig({ root: dir })
    expect(config.deploy.targets).toEqual([
      expect.objectContaining({ kind: 'netlify', 'site-id': '93c42090-6fc9-4c3d-a462-42b535ea9d15' }),
      expect.objectContaining({ kind: 'render', name: 'api', 'service-id': 'srv-c8n2nt8l6cac73bnlm5g' }),
    ])
    expect(config.monitor.sentry).toEqual(expect.objectContaining({ org: 'acme', project: 'web-app' }))
    const deploy = await readFile(path.join(dir, '.github/workflows/launchgate-deploy.yml'), 'utf8')
    expect(deploy).toContain('NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}')
    expect(deploy).toContain('RENDER_API_KEY: ${{ secrets.RENDER_API_KEY }}')
    expect(run.stdout).toContain(
      'Add the repository secrets the workflows pass: NETLIFY_AUTH_TOKEN, RENDER_API_KEY, SENTRY_AUTH_TOKEN.',
    )
    expect(run.stdout).not.toContain('Fill in the commented entries')
    const audit = await auditWorkflows(dir)
    expect(audit.findings.filter((f) => /launchgate-/.test(f.file ?? ''))).toEqual([])
  })

  it('a dry run prints every file it would write, byte for byte, and writes nothing', async () => {
    const dir = await make(await realStack())
    const json = JSON.parse(
      (await cli(['init', '--root', dir, '--ref', REF, '--dry-run', '--format', 'json'])).stdout,
    ) as InitJson
    expect(json.files['.github/launchgate.yml']).toBe('would write')
    expect(json.files['.gitignore']).toBe('would update (adds .launchgate/)')
    const text = await cli(['init', '--root', dir, '--ref', REF, '--dry-run'])
    expect(text.code).toBe(0)
    for (const [file, content] of Object.entries(json.contents)) {
      expect(text.stdout).toContain(`${file} (would `)
      expect(text.stdout).toContain(content.replace(/\n$/, ''))
    }
    expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toBe('node_modules\n.env\n')
    await expect(readFile(path.join(dir, '.github/launchgate.yml'))).rejects.toThrow()
  })

  it('leaves a .gitignore that already ignores the cache alone', async () => {
    const dir = await make({ ...(await realStack()), '.gitignore': '/.launchgate\n' })
    const doc = JSON.parse(
      (await cli(['init', '--root', dir, '--ref', REF, '--format', 'json'])).stdout,
    ) as InitJson
    expect(doc.detected.cacheIgnored).toBe(true)
    expect(doc.files['.gitignore']).toBeUndefined()
    expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toBe('/.launchgate\n')
  })
})
