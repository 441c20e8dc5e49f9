/**
 * `launchgate init`: detect, render, write. Existing files are left alone unless `force`; a dry
 * run writes nothing and says what it would write.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Report } from '../report/types.js'
import { detectRepo, type RepoFacts } from './detect.js'
import { offerDiscoveredConcerns } from './offer-concerns.js'
import { renderInitFiles, type Pin } from './render.js'

export interface InitOptions {
  root: string
  pin: Pin
  force?: boolean
  dryRun?: boolean
}

/** Writes the config and workflows; the report lists each file as written, kept or planned. */
export async function runInit(options: InitOptions): Promise<{ report: Report; facts: RepoFacts }> {
  const facts = await detectRepo(options.root)
  const files = renderInitFiles(facts, options.pin)
  const offered = await offerDiscoveredConcerns(options.root, files)
  const rows: Array<[string, string]> = []
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(options.root, file)
    const exists = existsSync(target)
    if (exists && !options.force) {
      rows.push([file, 'kept (exists; --force overwrites)'])
      continue
    }
    if (options.dryRun) {
      rows.push([file, exists ? 'would overwrite' : 'would write'])
      continue
    }
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
    rows.push([file, exists ? 'overwritten' : 'written'])
  }
  const found = [
    `production branch ${facts.productionBranch}`,
    facts.stagingBranch
      ? `staging branch ${facts.stagingBranch}`
      : 'no staging branch (deploy assumes `staging`)',
    facts.typescriptProjects.length ? `TypeScript in ${facts.typescriptProjects.join(', ')}` : undefined,
    facts.pythonProjects.length ? `Python in ${facts.pythonProjects.join(', ')}` : undefined,
    facts.toolRegistry ? `tool registry ${facts.toolRegistry}` : undefined,
    facts.migrations ? `migrations in ${facts.migrations}` : undefined,
  ].filter(Boolean)
  const report: Report = {
    capability: 'init',
    title: `launchgate init: ${rows.filter(([, s]) => /written|overwritten|would/.test(s)).length} file(s) ${options.dryRun ? 'planned' : 'written'}, pinned to ${options.pin.repository}@${options.pin.ref.slice(0, 12)}`,
    ok: true,
    findings: [],
    sections: [
      { title: 'Files', table: { columns: ['file', 'status'], rows } },
      { title: 'Found', text: found.join('; ') },
      ...(offered ? [offered] : []),
      {
        title: 'Next',
        text: 'Add the secrets the config names, make the PR gate jobs required checks, and run `launchgate config` to check the file.',
      },
    ],
    data: { files: Object.fromEntries(rows), pin: options.pin },
  }
  return { report, facts }
}
