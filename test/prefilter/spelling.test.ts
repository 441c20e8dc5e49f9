import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readTools } from '../../src/prefilter/formats.js'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import { SpellingIndex } from '../../src/prefilter/spelling.js'
import { DATASETS } from './helpers.js'

// MetaTool's 199 real plugin descriptions, typos included ("Povides strology services for you.").
const plugins = JSON.parse(readFileSync(path.join(DATASETS, 'metatool/plugin_des.json'), 'utf8')) as Record<
  string,
  string
>
const catalogue = readTools(
  Object.entries(plugins).map(([name, description]) => ({
    name,
    description,
    parameters: { type: 'object', properties: {} },
  })),
).tools

const kept = (p: ToolPrefilter, message: string) => p.filter(message).tools.map((t) => t.name)

describe('near spellings', () => {
  it('finds the indexed terms that share most letter triples with a word, best first', () => {
    const spelling = new SpellingIndex(['strologi', 'astronom', 'weather', 'forecast'], 5)
    expect(spelling.near('astrolog', 0.6).map(([t]) => t)).toEqual(['strologi'])
    expect(spelling.near('forcast', 0.6).map(([t]) => t)).toEqual(['forecast'])
    expect(spelling.near('calendar', 0.6)).toEqual([])
  })

  it('keeps a tool whose description misspells the word the user says', () => {
    const message = 'Can you tell me my daily astrological predictions?'
    expect(kept(new ToolPrefilter(catalogue), message)).toContain('StrologyTool')
    // Without near spellings no word of the message matches the misspelt tool.
    expect(kept(new ToolPrefilter(catalogue, { scoring: { spellingWeight: 0 } }), message)).not.toContain(
      'StrologyTool',
    )
  })

  it('leaves a message whose words the catalogue has as it was', () => {
    const message = 'What is the weather forecast for Paris tomorrow?'
    const plain = new ToolPrefilter(catalogue, { scoring: { spellingWeight: 0 } })
    expect(kept(new ToolPrefilter(catalogue), message)).toEqual(kept(plain, message))
  })
})
