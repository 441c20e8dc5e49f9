import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { auditDocument } from '../../src/workflow-audit/engine.js'
import { REPO_ROOT } from '../support/runner.js'

const DIR = path.join(REPO_ROOT, 'test/fixtures/workflow-audit')

/** `# <- rule rule` (or `// <- rule` inside a script) marks the regular findings expected on a line. */
function expected(text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const m = /(?:#|\/\/) <- ([\w\s-]+)$/.exec(line)
    return m
      ? m[1]!
          .trim()
          .split(/\s+/)
          .map((rule) => `${rule}@${i + 1}`)
      : []
  })
}

describe('workflow audit fixtures (written from zizmor docs and Security Lab write-ups)', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.yml'))) {
    it(`${name}: exactly the marked regular findings, at their lines`, () => {
      const text = readFileSync(path.join(DIR, name), 'utf8')
      const file =
        name === 'action.yml'
          ? 'action.yml'
          : name === 'dependabot.yml'
            ? '.github/dependabot.yml'
            : `.github/workflows/${name}`
      const found = auditDocument(file, text)
        .filter((f) => f.persona === 'regular')
        .map((f) => `${f.rule}@${f.line}`)
      expect([...new Set(found)].sort()).toEqual(expected(text).sort())
    })
  }
})
