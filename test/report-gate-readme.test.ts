/** The README shows the PR gate comment as the renderer writes it, for the reports built here. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { exampleComment } from './support/gate-example.js'
import { REPO_ROOT } from './support/runner.js'

describe('the README example of the PR gate comment', () => {
  it('is what the renderer writes', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8')
    const start = readme.indexOf('<!-- gate-comment-example:start -->\n')
    const end = readme.indexOf('<!-- gate-comment-example:end -->')
    expect(start).toBeGreaterThan(0)
    const shown = readme
      .slice(start + '<!-- gate-comment-example:start -->\n'.length, end)
      .split('\n')
      .map((line) => line.replace(/^> ?/, ''))
      .join('\n')
    expect(shown.trimEnd()).toBe(exampleComment().trimEnd())
  })
})
