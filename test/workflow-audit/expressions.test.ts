import { describe, expect, it } from '@jest/globals'
import { capabilityOf } from '../../src/workflow-audit/contexts.js'
import { dataflow, fencedExpressions, parseExpression } from '../../src/workflow-audit/expressions.js'

describe('expressions', () => {
  it('finds fenced expressions, a }} inside a string literal included', () => {
    const text = "a ${{ format('}}{0}', github.ref) }} b ${{x}}"
    expect(fencedExpressions(text).map((f) => f.body.trim())).toEqual(["format('}}{0}', github.ref)", 'x'])
  })

  it('follows only the contexts whose value reaches the result', () => {
    const flows = (body: string) =>
      dataflow(parseExpression(body)!).map((e) => (e.kind === 'context' ? e.parts.join('.') : 'computed'))
    expect(flows("contains(github.event.issue.title, 'x')")).toEqual([])
    expect(flows("github.event_name == 'push' && github.head_ref || github.ref")).toEqual([
      'github.head_ref',
      'github.ref',
    ])
    expect(flows("format('{0}-{1}', github.event.issue.title, github.sha)")).toEqual([
      'github.event.issue.title',
      'github.sha',
    ])
    expect(flows('fromJSON(secrets.CREDS).password')).toEqual(['computed'])
    expect(flows("github.event['pull_request'].labels[0].name")).toEqual([
      'github.event.pull_request.labels.*.name',
    ])
    expect(parseExpression('a ==')).toBeUndefined()
  })

  it('knows which parts of the event an outsider writes', () => {
    const table: Array<[string, string | undefined]> = [
      ['github.event.issue.title', 'arbitrary'],
      ['github.event.pull_request.head.ref', 'arbitrary'],
      ['github.event.commits.*.author.email', 'arbitrary'],
      ['github.head_ref', 'arbitrary'],
      ['github.event.pull_request.number', 'fixed'],
      ['github.event.pull_request.head.sha', 'fixed'],
      ['github.event.pull_request.draft', 'fixed'],
      ['github.sha', 'fixed'],
      ['runner.temp', 'fixed'],
      ['github.event.pull_request.html_url', 'structured'],
      ['secrets.TOKEN', undefined],
    ]
    for (const [path, capability] of table) expect([path, capabilityOf(path)]).toEqual([path, capability])
  })
})
