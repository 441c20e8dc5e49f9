/**
 * What init tells the user: what it found, and the steps left to do, each derived from the facts
 * and the files as written, so the report never asks for something the files do not need.
 */
import type { RepoFacts } from './detect.js'
import { neededSecrets } from './render-config.js'

/** One line per fact, in the order a reader checks them. */
export function describeFound(f: RepoFacts): string[] {
  const netlify = f.netlify
    ? `Netlify (${f.netlify.config}${f.netlify.siteId ? `, site id from ${f.netlify.siteIdFrom}` : ', no site id written down'})`
    : undefined
  const render = f.render
    ? `Render (${f.render.config}: ${f.render.services.map((s) => s.name).join(', ') || 'no services parsed'}${f.render.serviceIds.length ? `; ids ${f.render.serviceIds.join(', ')}` : '; no service id written down'})`
    : undefined
  const sentry = f.sentry
    ? `Sentry (${f.sentry.evidence}${f.sentry.org ? `; org ${f.sentry.org}` : '; org not found'}${f.sentry.project ? `, project ${f.sentry.project}` : ''})`
    : undefined
  const excluded = [...f.excludes.folders, ...f.excludes.copyGlobs]
  return [
    `production branch ${f.productionBranch}`,
    f.stagingBranch ? `staging branch ${f.stagingBranch}` : 'no staging branch (deploy assumes `staging`)',
    f.typescriptProjects.length ? `TypeScript in ${f.typescriptProjects.join(', ')}` : undefined,
    f.pythonProjects.length ? `Python in ${f.pythonProjects.join(', ')}` : undefined,
    f.react ? 'React' : undefined,
    netlify,
    render,
    sentry,
    f.toolRegistry ? `tool registry ${f.toolRegistry}${prefilterNote(f)}` : undefined,
    f.migrations ? `migrations in ${f.migrations}` : undefined,
    excluded.length ? `not source, excluded: ${excluded.join(', ')}` : undefined,
  ].filter((line): line is string => line !== undefined)
}

function prefilterNote(f: RepoFacts): string {
  const p = f.prefilter?.proposal
  if (!p) return f.prefilter?.problem ? ` (${f.prefilter.problem})` : ''
  const core = p.coreTools.length ? `core tools ${p.coreTools.join(', ')}` : 'no core tools'
  return ` (${core}; reduction gate ${p.minTokenReduction}, at most ${Math.round(p.attainableReduction * 1000) / 10}% attainable)`
}

/** The steps left after init, from what the written files need. */
export function nextSteps(f: RepoFacts): string[] {
  const secrets = neededSecrets(f)
  const all = [...secrets.deploy, ...secrets.monitor]
  const missing = [
    f.netlify && !f.netlify.siteId ? 'the Netlify site id' : undefined,
    f.render && (f.render.serviceIds.length !== 1 || f.render.services.length > 1)
      ? 'the Render service id(s)'
      : undefined,
    f.sentry && !f.sentry.org ? "Sentry's organization slug" : undefined,
  ].filter(Boolean)
  return [
    ...(missing.length
      ? [`Fill in the commented entries of .github/launchgate.yml: ${missing.join(', ')}.`]
      : []),
    ...(all.length ? [`Add the repository secrets the workflows pass: ${all.join(', ')}.`] : []),
    'Make the PR gate job a required check, and run `launchgate config` to check the file.',
  ]
}
