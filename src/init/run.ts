/**
 * `launchgate init`: detect, render, write. Existing files are left alone unless `force` (the
 * .gitignore is appended to, never replaced); a dry run writes nothing and shows each file's exact
 * content instead.
 */
import { readInputFile } from '../config/read-input.js'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Report, ReportSection } from '../report/types.js'
import { detectRepo, type RepoFacts } from './detect.js'
import { withCacheIgnored } from './gitignore.js'
import { offerDiscoveredConcerns } from './offer-concerns.js'
import { renderInitFiles, type Pin } from './render.js'
import { describeFound, nextSteps } from './report.js'

export interface InitOptions {
  root: string
  pin: Pin
  force?: boolean
  dryRun?: boolean
}

/** What happens to one file. */
interface Plan {
  file: string
  content: string
  status: string
  write: boolean
}

function planFiles(options: InitOptions, files: Record<string, string>): Plan[] {
  const plans: Plan[] = []
  for (const [file, content] of Object.entries(files)) {
    const exists = existsSync(path.join(options.root, file))
    if (exists && !options.force) {
      plans.push({ file, content, status: 'kept (exists; --force overwrites)', write: false })
      continue
    }
    const [verb, done] = exists ? ['overwrite', 'overwritten'] : ['write', 'written']
    plans.push({ file, content, status: options.dryRun ? `would ${verb}` : done, write: true })
  }
  return plans
}

/** A file's exact content as a section; the fence is longer than any backtick run inside. */
function contentSection(plan: Plan): ReportSection {
  const longest = Math.max(2, ...(plan.content.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const lang = plan.file.endsWith('.yml') ? 'yaml' : ''
  return {
    title: `${plan.file} (${plan.status})`,
    text: `${fence}${lang}\n${plan.content.replace(/\n$/, '')}\n${fence}`,
    collapsed: true,
  }
}

/** Writes the config, workflows and .gitignore line; the report lists each file as written, kept or planned. */
export async function runInit(options: InitOptions): Promise<{ report: Report; facts: RepoFacts }> {
  const facts = await detectRepo(options.root)
  const files = renderInitFiles(facts, options.pin)
  const offered = await offerDiscoveredConcerns(options.root, files, facts.excludes.folders)
  const plans = planFiles(options, files)
  if (!facts.cacheIgnored) {
    const existing = await readInputFile(path.join(options.root, '.gitignore'), {
      display: '.gitignore',
    }).catch(() => undefined)
    const status = existing === undefined ? 'write' : 'update (adds .launchgate/)'
    plans.push({
      file: '.gitignore',
      content: withCacheIgnored(existing),
      status: options.dryRun
        ? `would ${status}`
        : existing === undefined
          ? 'written'
          : 'updated (adds .launchgate/)',
      write: true,
    })
  }
  if (!options.dryRun) {
    for (const plan of plans.filter((p) => p.write)) {
      const target = path.join(options.root, plan.file)
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, plan.content)
    }
  }
  const changed = plans.filter((p) => p.write)
  const report: Report = {
    capability: 'init',
    title: `launchgate init: ${changed.length} file(s) ${options.dryRun ? 'planned' : 'written'}, pinned to ${options.pin.repository}@${options.pin.ref.slice(0, 12)}`,
    ok: true,
    findings: [],
    sections: [
      { title: 'Files', table: { columns: ['file', 'status'], rows: plans.map((p) => [p.file, p.status]) } },
      { title: 'Found', text: describeFound(facts).join('\n') },
      ...(offered ? [offered] : []),
      ...(options.dryRun ? changed.map(contentSection) : []),
      { title: 'Next', text: nextSteps(facts).join('\n') },
    ],
    data: {
      files: Object.fromEntries(plans.map((p) => [p.file, p.status])),
      contents: Object.fromEntries(changed.map((p) => [p.file, p.content])),
      detected: facts,
      pin: options.pin,
    },
  }
  return { report, facts }
}
