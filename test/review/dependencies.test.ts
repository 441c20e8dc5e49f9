/**
 * Dependency review against a local OSV server: packages a change adds or upgrades in
 * package-lock.json and requirements.txt are looked up; a vulnerable version is a finding at the
 * advisory's severity; an unreachable OSV is a "did not run" finding, never a silent pass.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { hits, reviewChange } from './support.js'
import { startOsvServer, type OsvServer } from '../support/osv-server.js'

const lock = (deps: Record<string, string>) =>
  JSON.stringify(
    {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app' },
        ...Object.fromEntries(Object.entries(deps).map(([n, v]) => [`node_modules/${n}`, { version: v }])),
      },
    },
    null,
    2,
  ) + '\n'

let osv: OsvServer
beforeAll(async () => {
  osv = await startOsvServer({
    'npm:lodash@4.17.15': [
      {
        id: 'GHSA-p6mc-m468-83gw',
        summary: 'Prototype pollution in lodash',
        database_specific: { severity: 'HIGH' },
      },
    ],
    'PyPI:pyyaml@5.1': [
      {
        id: 'GHSA-6757-jp84-gxfx',
        summary: 'Arbitrary code execution in PyYAML',
        database_specific: { severity: 'CRITICAL' },
      },
    ],
  })
})
afterAll(() => osv.close())

describe('dependency review', () => {
  it('reports vulnerable versions added to a lockfile and a requirements file', async () => {
    const out = await reviewChange(
      { 'package-lock.json': lock({ express: '4.18.2' }), 'requirements.txt': 'fastapi==0.110.0\n' },
      {
        'package-lock.json': lock({ express: '4.18.2', lodash: '4.17.15' }),
        'requirements.txt': 'fastapi==0.110.0\nPyYAML==5.1\n',
      },
      { agents: ['security-auditor'], osvUrl: osv.url, exclude: ['**/package-lock.json'] },
    )
    expect(hits(out)).toEqual([
      'vulnerable-dependency@package-lock.json:11',
      'vulnerable-dependency@requirements.txt:2',
    ])
    expect(out.findings.map((f) => f.severity).sort()).toEqual(['CRITICAL', 'HIGH'])
    const queried = osv.requests
      .filter((r) => r.path === '/v1/querybatch')
      .flatMap((r) => (r.body as { queries: unknown[] }).queries)
    expect(queried).toHaveLength(2)
    expect(queried).toEqual(
      expect.arrayContaining([
        { package: { name: 'lodash', ecosystem: 'npm' }, version: '4.17.15' },
        { package: { name: 'pyyaml', ecosystem: 'PyPI' }, version: '5.1' },
      ]),
    )
  })

  it('says the check did not run when OSV is unreachable', async () => {
    const out = await reviewChange(
      { 'requirements.txt': 'fastapi==0.110.0\n' },
      { 'requirements.txt': 'fastapi==0.110.0\nPyYAML==5.1\n' },
      { agents: ['security-auditor'], osvUrl: 'http://127.0.0.1:9' },
    )
    expect(hits(out)).toEqual(['dependency-review-did-not-run@requirements.txt:2'])
  })
})
