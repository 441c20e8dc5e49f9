import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { FINGERPRINT_KEY, renderSarif, sarifLevel } from '../src/report/sarif.js'
import type { Report } from '../src/report/types.js'

/**
 * No SARIF schema ships in node_modules and tests run offline, so this is the subset of the official
 * sarif-schema-2.1.0.json that launchgate emits, transcribed with its required fields, enums, minimums and
 * `additionalProperties: false` (a misspelt key fails validation as it would against the full schema).
 */
const message = { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] }
const propertyBag = {
  type: 'object',
  properties: { tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
}
const closed = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  properties: { ...properties, properties: propertyBag },
  required,
})
const level = { enum: ['none', 'note', 'warning', 'error'] }
const positive = { type: 'integer', minimum: 1 }
const sarifSubset = closed(
  {
    $schema: { type: 'string' },
    version: { enum: ['2.1.0'] },
    runs: {
      type: 'array',
      items: closed(
        {
          tool: closed(
            {
              driver: closed(
                {
                  name: { type: 'string' },
                  version: { type: 'string' },
                  informationUri: { type: 'string' },
                  rules: {
                    type: 'array',
                    uniqueItems: true,
                    items: closed(
                      {
                        id: { type: 'string' },
                        shortDescription: message,
                        helpUri: { type: 'string' },
                        defaultConfiguration: closed({ level }),
                      },
                      ['id'],
                    ),
                  },
                },
                ['name'],
              ),
            },
            ['driver'],
          ),
          automationDetails: closed({ id: { type: 'string' } }),
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          results: {
            type: 'array',
            items: closed(
              {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: -1 },
                level,
                message,
                locations: {
                  type: 'array',
                  items: closed({
                    physicalLocation: closed(
                      {
                        artifactLocation: closed({ uri: { type: 'string' }, uriBaseId: { type: 'string' } }),
                        region: closed({
                          startLine: positive,
                          startColumn: positive,
                          endLine: positive,
                          endColumn: positive,
                        }),
                      },
                      ['artifactLocation'],
                    ),
                  }),
                },
                partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
              },
              ['message'],
            ),
          },
        },
        ['tool'],
      ),
    },
  },
  ['version', 'runs'],
)

const tool = {
  name: 'launchgate',
  version: '1.2.3',
  informationUri: 'https://example.test/launchgate',
  rules: {
    'missing-rls': { description: 'Tables need row-level security', helpUri: 'https://example.test/rls' },
  },
}

const report: Report = {
  capability: 'review',
  title: 'Review',
  ok: false,
  findings: [
    {
      rule: 'missing-rls',
      severity: 'CRITICAL',
      message: 'no RLS',
      file: './db/my schema.sql',
      line: 4,
      column: 2,
      fingerprint: 'fp-1',
    },
    { rule: 'style', severity: 'MEDIUM', message: 'odd', file: 'src\\a.ts', line: 0, column: 3 },
    {
      rule: 'style',
      severity: 'INFO',
      message: 'fyi',
      properties: { tool: 'eslint', 'security-severity': '1.0' },
    },
    {
      rule: 'dep',
      severity: 'LOW',
      message: 'old',
      file: 'package.json',
      line: 7,
      column: 0,
      endLine: 9,
      endColumn: 2,
    },
  ],
}

interface ResultJson {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations?: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string }
      region?: Record<string, number>
    }
  }>
  partialFingerprints?: Record<string, string>
  properties: Record<string, unknown>
}
interface RuleJson {
  id: string
  helpUri?: string
  properties?: Record<string, unknown>
}
interface LogJson {
  $schema: string
  version: string
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: RuleJson[] } }
    results: ResultJson[]
  }>
}

const log: LogJson = JSON.parse(renderSarif(report, tool))
const run = log.runs[0] as LogJson['runs'][number]
const rules = run.tool.driver.rules
const byMessage = (text: string): ResultJson => {
  const found = run.results.find((r) => r.message.text === text)
  if (!found) throw new Error(`no result with message ${text}`)
  return found
}
const physical = (text: string) => byMessage(text).locations?.[0]?.physicalLocation

describe('renderSarif', () => {
  it('validates against the SARIF 2.1.0 schema subset', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(sarifSubset)
    expect(validate(log) ? [] : validate.errors).toEqual([])
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
  })

  it('lists rules and points each result at its rule by id and index', () => {
    expect(run.tool.driver).toMatchObject({ name: 'launchgate', version: '1.2.3' })
    expect(rules.map((r) => r.id)).toEqual(['missing-rls', 'style', 'dep'])
    expect(rules[0]?.helpUri).toBe('https://example.test/rls')
    for (const r of run.results) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId)
  })

  it('maps severities to SARIF levels and code scanning security-severity', () => {
    expect(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'].map((s) => sarifLevel(s as 'LOW'))).toEqual([
      'error',
      'error',
      'warning',
      'note',
      'note',
    ])
    expect(byMessage('no RLS').level).toBe('error')
    expect(byMessage('no RLS').properties['security-severity']).toBe('9.5')
    expect(byMessage('odd').level).toBe('warning')
    expect(byMessage('old').level).toBe('note')
    expect(rules[0]?.properties?.['security-severity']).toBe('9.5')
  })

  it('writes relative, encoded URIs and only positive region fields', () => {
    const rls = physical('no RLS')
    expect(rls?.artifactLocation).toEqual({ uri: 'db/my%20schema.sql', uriBaseId: '%SRCROOT%' })
    expect(rls?.region).toEqual({ startLine: 4, startColumn: 2 })
    const odd = physical('odd')
    expect(odd?.artifactLocation.uri).toBe('src/a.ts')
    expect(odd?.region).toBeUndefined()
    expect(physical('old')?.region).toEqual({
      startLine: 7,
      endLine: 9,
      endColumn: 2,
    })
  })

  it('gives results without a file no locations', () => {
    expect(byMessage('fyi').locations).toBeUndefined()
  })

  it('carries fingerprints and finding properties', () => {
    expect(byMessage('no RLS').partialFingerprints).toEqual({ [FINGERPRINT_KEY]: 'fp-1' })
    expect(byMessage('odd').partialFingerprints).toBeUndefined()
    expect(byMessage('fyi').properties).toMatchObject({ tool: 'eslint', 'security-severity': '1.0' })
  })
})
