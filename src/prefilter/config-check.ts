/**
 * What `launchgate config` says about the prefilter section against the tool registry it names:
 * core tools that are not in it, pages whose entries name no tool or category (a request from such
 * a page gets no context), and a reduction gate the core tools make impossible.
 */
import type { Finding } from '../report/types.js'
import { describeMissing } from './core-tools.js'
import { impossibleGate } from './gates.js'
import { ToolPrefilter } from './prefilter.js'
import { optionsFromConfig, type PrefilterConfig } from './settings.js'
import type { Tool } from './types.js'

/** Pages of the config that map to no tool of the catalogue, with the entries that name nothing. */
export function pagesWithoutTools(
  config: PrefilterConfig,
  tools: readonly Tool[],
): Array<{ page: string; unknown: string[] }> {
  const names = new Set(tools.map((t) => t.name))
  const categories = new Set<string>(Object.keys(config.categories ?? {}))
  for (const t of tools) if (t.category) categories.add(t.category)
  const out: Array<{ page: string; unknown: string[] }> = []
  for (const [page, entries] of Object.entries(config.pages ?? {})) {
    const unknown = entries.filter((e) => !names.has(e) && !categories.has(e))
    if (unknown.length === entries.length) out.push({ page, unknown })
  }
  return out
}

/**
 * Findings of the prefilter section against its registry.
 * @param file the config file, where the findings point
 */
export function checkPrefilterConfig(
  config: PrefilterConfig,
  tools: readonly Tool[],
  file: string,
): Finding[] {
  const prefilter = new ToolPrefilter(tools, optionsFromConfig(config))
  const findings: Finding[] = prefilter.missingCore.map((missing) => ({
    rule: 'prefilter-core-missing',
    severity: 'HIGH' as const,
    message: `core tool ${describeMissing(missing)} is not in ${config.tools}`,
    file,
  }))
  for (const { page, unknown } of pagesWithoutTools(config, tools)) {
    findings.push({
      rule: 'prefilter-page-without-tools',
      severity: 'MEDIUM',
      message: `page ${page} maps to no tool: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} neither a tool nor a category of ${config.tools}, so requests from it get no page context`,
      file,
    })
  }
  const why = impossibleGate(config['min-token-reduction'], prefilter.coreShare, prefilter.coreToolNames)
  if (why) findings.push({ rule: 'prefilter-impossible-gate', severity: 'HIGH', message: why, file })
  return findings
}
