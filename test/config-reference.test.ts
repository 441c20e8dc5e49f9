import { describe, expect, it } from '@jest/globals'
import { configReference } from '../src/config/reference.js'
import { configJsonSchema } from '../src/config/schema.js'

describe('config reference', () => {
  const markdown = configReference(configJsonSchema())

  it('documents nested keys with their defaults and descriptions', () => {
    expect(markdown).toContain('| `monitor.thresholds.error-rate` | number | `0.05` |')
    expect(markdown).toContain(
      '| `prefilter.min-token-reduction` | number | `0.8` | gate: mean token reduction (plan: 80%+) |',
    )
    expect(markdown).toMatch(/\| `review\.provider` \| `"offline"` \\\| `"anthropic"` \\\| `"openai"` \|/)
  })

  it('flattens lists of objects and the union of their kinds', () => {
    expect(markdown).toContain('| `deploy.smoke.tests` | list |')
    expect(markdown).toContain('`deploy.smoke.tests[].kind`')
    expect(markdown).toContain('`deploy.targets[].health-url`')
    expect(markdown).toContain('`consolidation.concerns[].forbidden-signatures`')
  })

  it('has one section per capability and never a raw pipe inside a cell', () => {
    for (const section of ['consolidation', 'prefilter', 'review', 'deploy', 'monitor']) {
      expect(markdown).toContain(`## \`${section}\``)
    }
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| `'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6)
    }
  })
})
