/**
 * What `init` offers for phase 1 of the launch plan: the concerns `launchgate consolidation
 * discover` proposes, written into the new config as commented entries (a person decides which
 * to enforce), and listed in the report.
 */
import { consolidationSchema } from '../config/sections/consolidation.js'
import { discoverConcerns } from '../consolidation/discover/run.js'
import { configSnippet } from '../consolidation/discover/report.js'
import type { ReportSection } from '../report/types.js'

const CONFIG = '.github/launchgate.yml'
const ANCHOR = '  concerns: []\n'

/**
 * Adds the proposed concerns to the rendered config as comments under `concerns: []`; returns the
 * report section naming them, or undefined when discovery proposes nothing.
 */
export async function offerDiscoveredConcerns(
  root: string,
  files: Record<string, string>,
  exclude: string[] = [],
): Promise<ReportSection | undefined> {
  // The excluded folders (vendored, backups) are not the team's code: nothing there to consolidate.
  const config = consolidationSchema.parse({ exclude })
  // No cache folder: init must not leave files behind beyond the ones it lists.
  const { concerns } = await discoverConcerns({ root, config, cacheDir: false })
  const text = files[CONFIG]
  if (concerns.length === 0 || text === undefined || !text.includes(ANCHOR)) return undefined
  const entries = configSnippet(concerns)
    .split('\n')
    .slice(2)
    .filter((line) => line !== '')
    .map((line) => `  #${line.slice(2)}`)
  files[CONFIG] = text.replace(
    ANCHOR,
    `${ANCHOR}  # Proposed by \`launchgate consolidation discover\`; uncomment the concerns to enforce:\n${entries.join('\n')}\n`,
  )
  return {
    title: 'Proposed concerns (commented in the config)',
    text: concerns
      .map((c) => `${c.name}: keep ${c.canonical.join(', ')}; retire ${c.deprecated.length} module(s)`)
      .join('\n'),
  }
}
