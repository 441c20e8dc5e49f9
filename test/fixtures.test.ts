/**
 * The vendored slices of public data carry their provenance: a licence per folder and a row in
 * test/fixtures/README.md; the benchmarks that need the full datasets say how to get them.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { DATASETS, DatasetsMissingError, datasetsRoot, requireDatasets } from '../bench/datasets.js'

const FIXTURES = path.resolve(fileURLToPath(import.meta.url), '..', 'fixtures')

describe('vendored fixtures', () => {
  const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory())

  it('has a README row for every folder, and a licence file in every third-party one', () => {
    const readme = readFileSync(path.join(FIXTURES, 'README.md'), 'utf8').split('\n')
    expect(folders.length).toBeGreaterThanOrEqual(4)
    for (const folder of folders) {
      const row = readme.find((line) => line.startsWith(`| \`${folder.name}/\` |`))
      expect({ folder: folder.name, row: row !== undefined }).toEqual({ folder: folder.name, row: true })
      // Fixtures written for launchgate say so in their row and are under the repository's licence.
      if (row!.includes('(this repository)')) continue
      const files = readdirSync(path.join(FIXTURES, folder.name))
      expect({ folder: folder.name, licence: files.some((f) => /^LICENSE/.test(f)) }).toEqual({
        folder: folder.name,
        licence: true,
      })
    }
  })
})

describe('datasets of the benchmarks', () => {
  it('are found from $LAUNCHGATE_DATASETS, else .cache/datasets in the repository', () => {
    expect(datasetsRoot({ LAUNCHGATE_DATASETS: '/data/sets' })).toBe('/data/sets')
    expect(datasetsRoot({})).toBe(path.resolve(FIXTURES, '..', '..', '.cache', 'datasets'))
  })

  it('say which are missing and how to fetch each at its commit', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'launchgate-datasets-'))
    let error: unknown
    try {
      requireDatasets(['seal-tools', 'metatool'], empty)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DatasetsMissingError)
    const message = (error as Error).message
    expect(message).toContain(`not in ${empty}: seal-tools, metatool`)
    for (const d of DATASETS.filter((d) => ['seal-tools', 'metatool'].includes(d.folder))) {
      expect(message).toContain(`git clone https://github.com/${d.repository}.git`)
      expect(message).toContain(`checkout ${d.commit}`)
    }
    expect(message).not.toContain('bfcl')
    expect(requireDatasets([], empty)).toBe(empty)
  })
})
