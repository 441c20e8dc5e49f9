/**
 * Checks traffic against Netlify's Swagger 2.0 description (`@netlify/open-api`, the package
 * Netlify publishes from its open-api repository): the path and method must be described, query parameters must be declared with
 * the right type or enum, and a response body must match the operation's schema for its status
 * (or `default`). The document is registered whole with Ajv so `#/definitions/...` refs resolve.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'
import { parse as parseYaml } from 'yaml'

type Node = Record<string, unknown>
interface Parameter {
  name: string
  in: string
  type?: string
  enum?: string[]
  required?: boolean
  $ref?: string
}

/** Netlify's description as the devDependency ships it (JSON, which the YAML parser also reads). */
export const NETLIFY_SPEC = createRequire(import.meta.url).resolve('@netlify/open-api/dist/swagger.json')
const ID = 'netlify'

/** A matched operation: the template and its path parameters. */
export interface MatchedOperation {
  template: string
  params: Record<string, string>
}

export class SwaggerValidator {
  readonly basePath: string
  private readonly doc: Node
  private readonly ajv = new Ajv({ strict: false, allErrors: true, logger: false })
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor(file = NETLIFY_SPEC) {
    this.doc = parseYaml(readFileSync(file, 'utf8')) as Node
    this.basePath = String(this.doc.basePath ?? '')
    // Swagger's own formats; Netlify writes `dateTime` for ISO timestamps.
    this.ajv.addFormat('dateTime', (v: string) => !Number.isNaN(Date.parse(v)))
    for (const f of ['int32', 'int64', 'uint64', 'binary', 'date-time', 'email', 'uri'])
      this.ajv.addFormat(f, true)
    this.ajv.addSchema(this.doc, ID, undefined, false)
  }

  /** The described path that `pathname` (without basePath) matches, literal segments first. */
  match(pathname: string): MatchedOperation | undefined {
    const templates = Object.keys(this.doc.paths as Node)
    const parts = pathname.split('/')
    const candidates = templates
      .map((template) => ({ template, params: matchTemplate(template.split('/'), parts) }))
      .filter((m): m is MatchedOperation => m.params !== undefined)
    candidates.sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length)
    return candidates[0]
  }

  /** Problems of a request: an undescribed method, unknown or mistyped query parameters. */
  requestProblems(template: string, method: string, query: URLSearchParams): string[] {
    const item = (this.doc.paths as Record<string, Node>)[template]!
    const op = item[method.toLowerCase()] as Node | undefined
    if (!op) return [`${method} is not described for ${template}`]
    const params = [
      ...((item.parameters as Parameter[]) ?? []),
      ...((op.parameters as Parameter[]) ?? []),
    ].map((p) => this.resolve(p))
    const problems: string[] = []
    for (const [name, value] of query) {
      const param = params.find((p) => p.in === 'query' && p.name === name)
      if (!param) problems.push(`query parameter ${name} is not described`)
      else problems.push(...valueProblems(param, value))
    }
    for (const p of params.filter((p) => p.in === 'query' && p.required && !query.has(p.name))) {
      problems.push(`required query parameter ${p.name} is missing`)
    }
    return problems
  }

  /** Problems of a response body against the schema for its status. */
  responseProblems(template: string, method: string, status: number, body: unknown): string[] {
    const item = (this.doc.paths as Record<string, Node>)[template]!
    const responses = ((item[method.toLowerCase()] as Node).responses ?? {}) as Record<string, Node>
    const key = responses[String(status)] ? String(status) : 'default'
    const response = responses[key]
    if (!response) return [`status ${status} is not described for ${method} ${template}`]
    const resolved = response.$ref ? (this.pointer(String(response.$ref)) as Node) : response
    if (!resolved.schema)
      return body === undefined ? [] : [`${method} ${template} ${status} has no body in the description`]
    const pointer = response.$ref
      ? `${String(response.$ref)}/schema`
      : `#/paths/${escape(template)}/${method.toLowerCase()}/responses/${key}/schema`
    const validate = this.compile(pointer)
    if (validate(body)) return []
    return (validate.errors ?? [])
      .slice(0, 8)
      .map((e) => `response ${e.instancePath || '/'} ${e.message ?? ''}`.trim())
  }

  private compile(pointer: string): ValidateFunction {
    let fn = this.compiled.get(pointer)
    if (!fn) {
      fn = this.ajv.compile({ $ref: `${ID}${pointer}` })
      this.compiled.set(pointer, fn)
    }
    return fn
  }

  private resolve(param: Parameter): Parameter {
    return param.$ref ? (this.pointer(param.$ref) as Parameter) : param
  }

  private pointer(ref: string): unknown {
    return ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Node)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc)
  }
}

function matchTemplate(template: string[], parts: string[]): Record<string, string> | undefined {
  if (template.length !== parts.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < template.length; i++) {
    const t = template[i]!
    const p = parts[i]!
    const name = /^\{(.+)\}$/.exec(t)?.[1]
    if (name) {
      if (p === '') return undefined
      params[name] = decodeURIComponent(p)
    } else if (t !== p) return undefined
  }
  return params
}

function valueProblems(param: Parameter, value: string): string[] {
  if (param.enum && !param.enum.includes(value))
    return [`query parameter ${param.name}=${value} is not one of ${param.enum.join(', ')}`]
  if (param.type === 'integer' && !/^-?\d+$/.test(value))
    return [`query parameter ${param.name}=${value} is not an integer`]
  if (param.type === 'boolean' && value !== 'true' && value !== 'false')
    return [`query parameter ${param.name}=${value} is not a boolean`]
  return []
}

function escape(template: string): string {
  return template.replace(/~/g, '~0').replace(/\//g, '~1')
}
