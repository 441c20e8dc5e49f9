/**
 * Validates requests and responses against GitHub's OpenAPI description with Ajv. The whole
 * document is registered once under an id, and each operation's schemas are compiled lazily as
 * `{ $ref: 'github#/paths/...' }`, so `$ref`s to `#/components/...` resolve inside the document
 * and only the schemas a test touches are ever compiled.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { OpenApiDocument } from './spec.js'

/** What the validator needs to know about a request, already matched to its template. */
export interface RequestToValidate {
  method: string
  template: string
  pathParams: Record<string, string>
  query: URLSearchParams
  /** Raw body text ('' when none) and its parsed JSON (undefined when empty). */
  rawBody: string
  body: unknown
}

/** A response as the server is about to send it; `body` undefined means an empty body. */
export interface ResponseToValidate {
  method: string
  template: string
  status: number
  body: unknown
}

type Node = Record<string, unknown>
type Pointer = string[]

const SCHEMA_ID = 'github'
const MAX_ERRORS = 8
// ajv-formats is CommonJS: Node hands over `module.exports` (the plugin), TypeScript types the
// namespace; accept both shapes rather than trusting either.
const addFormats: typeof addFormatsModule.default =
  typeof addFormatsModule === 'function' ? addFormatsModule : addFormatsModule.default

/** Request and response validation against one OpenAPI document. */
export class OpenApiValidator {
  private readonly ajv: Ajv
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor(private readonly doc: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false })
    addFormats(this.ajv)
    // OpenAPI formats that carry no constraint JSON Schema can check; registered so none is unknown.
    for (const name of ['int32', 'int64', 'double', 'float', 'binary', 'byte', 'password']) {
      this.ajv.addFormat(name, true)
    }
    this.ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/)
    this.ajv.addSchema(doc as unknown as Node, SCHEMA_ID, undefined, false)
  }

  /** True when the description defines `method` (any case) for the template. */
  hasOperation(template: string, method: string): boolean {
    return this.node(['paths', template, method.toLowerCase()]) !== undefined
  }

  /** Problems with the request's path and query parameters and its JSON body; empty when valid. */
  validateRequest(request: RequestToValidate): string[] {
    const opPath = ['paths', request.template, request.method.toLowerCase()]
    return [...this.checkParameters(request, opPath), ...this.checkRequestBody(request, opPath)]
  }

  /** Problems with the response's status and body; empty when valid. */
  validateResponse(response: ResponseToValidate): string[] {
    const responses = [...['paths', response.template, response.method.toLowerCase()], 'responses']
    const status = String(response.status)
    const key = [status, `${status[0]}XX`, 'default'].find((k) => this.node([...responses, k]) !== undefined)
    if (key === undefined) {
      // The description lists few error statuses (a 404 on most routes is missing), so an
      // undocumented 4xx/5xx must at least be GitHub's basic error shape.
      if (response.status >= 400) return this.checkErrorBody(response.body)
      return [`status ${status} is not documented for ${response.method} ${response.template}`]
    }
    const declared = this.resolve([...responses, key])
    const content = this.jsonContent(declared)
    if (!content) {
      if (response.status >= 400) return this.checkErrorBody(response.body)
      return response.body === undefined
        ? []
        : [`status ${status} is documented without a body, but one was sent`]
    }
    if (response.body === undefined) return [`status ${status} must have a JSON body`]
    return this.check([...content, 'schema'], response.body, 'response body')
  }

  private checkParameters(request: RequestToValidate, opPath: Pointer): string[] {
    const problems: string[] = []
    for (const paramPath of this.parameterPointers(opPath)) {
      const param = this.node(paramPath) as Node
      const name = String(param.name)
      const schemaPath = this.resolve([...paramPath, 'schema'])
      const schema = (this.node(schemaPath) as Node | undefined) ?? {}
      const type = String(schema.type ?? 'string')
      const itemType = String((schema.items as Node | undefined)?.type ?? 'string')
      // Headers and cookies are set by the HTTP client, not by the code under test.
      if (param.in !== 'path' && param.in !== 'query') continue
      const raw = param.in === 'path' ? pathValue(request.pathParams, name) : request.query.getAll(name)
      if (raw.length === 0) {
        if (param.required === true) problems.push(`${param.in} parameter '${name}' is required`)
        continue
      }
      // A repeated query key is an array (form style, exploded); otherwise the last one wins.
      const value =
        type === 'array' ? raw.map((v) => coerce(v, itemType)) : coerce(raw[raw.length - 1] ?? '', type)
      problems.push(...this.check(schemaPath, value, `${param.in} parameter '${name}'`))
    }
    return problems
  }

  private checkRequestBody(request: RequestToValidate, opPath: Pointer): string[] {
    if (this.node([...opPath, 'requestBody']) === undefined) {
      return request.rawBody.trim() === '' ? [] : ['the operation takes no request body, but one was sent']
    }
    const bodyPath = this.resolve([...opPath, 'requestBody'])
    if (request.rawBody.trim() === '') {
      return (this.node(bodyPath) as Node).required === true ? ['a JSON request body is required'] : []
    }
    const content = this.jsonContent(bodyPath)
    return content ? this.check([...content, 'schema'], request.body, 'request body') : []
  }

  private checkErrorBody(body: unknown): string[] {
    if (body === undefined) return []
    return this.check(['components', 'schemas', 'basic-error'], body, 'error body')
  }

  /** Pointers to the operation's parameters, path-level ones first, with `$ref`s followed. */
  private parameterPointers(opPath: Pointer): Pointer[] {
    const lists = [
      [...opPath.slice(0, 2), 'parameters'],
      [...opPath, 'parameters'],
    ]
    return lists.flatMap((listPath) => {
      const list = this.node(listPath)
      return Array.isArray(list) ? list.map((_p, i) => this.resolve([...listPath, String(i)])) : []
    })
  }

  /** Pointer to the `application/json` (or other JSON) media type of a body or response, if any. */
  private jsonContent(path: Pointer): Pointer | undefined {
    const content = (this.node(path) as Node | undefined)?.content as Node | undefined
    if (!content) return undefined
    const type =
      'application/json' in content ? 'application/json' : Object.keys(content).find((t) => /json/.test(t))
    return type ? [...path, 'content', type] : undefined
  }

  private check(schemaPath: Pointer, value: unknown, what: string): string[] {
    const validate = this.validator(schemaPath)
    if (validate(value)) return []
    return formatErrors(validate.errors ?? [], what)
  }

  private validator(schemaPath: Pointer): ValidateFunction {
    const ref = `${SCHEMA_ID}#/${schemaPath.map(escapePointerPart).join('/')}`
    let validate = this.compiled.get(ref)
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref })
      this.compiled.set(ref, validate)
    }
    return validate
  }

  /** Follows `$ref`s (to `#/components/...`) until the pointer names an inline node. */
  private resolve(path: Pointer): Pointer {
    let current = path
    for (let hops = 0; hops < 10; hops++) {
      const ref = (this.node(current) as Node | undefined)?.$ref
      if (typeof ref !== 'string' || !ref.startsWith('#/')) return current
      current = ref.slice(2).split('/').map(unescapePointerPart)
    }
    throw new Error(`$ref chain too long at ${path.join('/')}`)
  }

  private node(path: Pointer): unknown {
    let current: unknown = this.doc
    for (const part of path) {
      if (!current || typeof current !== 'object') return undefined
      current = (current as Node)[part]
    }
    return current
  }
}

function pathValue(params: Record<string, string>, name: string): string[] {
  const value = params[name]
  return value === undefined ? [] : [value]
}

/** Query and path values arrive as text; turn them into the type their schema declares. */
function coerce(raw: string, type: string): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

function formatErrors(errors: ErrorObject[], what: string): string[] {
  const lines = errors.slice(0, MAX_ERRORS).map((e) => {
    const detail =
      e.keyword === 'enum'
        ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
        : e.keyword === 'additionalProperties'
          ? ` ('${String((e.params as { additionalProperty?: unknown }).additionalProperty)}')`
          : ''
    return `${what}${e.instancePath} ${e.message ?? e.keyword}${detail}`
  })
  if (errors.length > MAX_ERRORS) lines.push(`${what}: ${errors.length - MAX_ERRORS} more errors`)
  return lines
}

function escapePointerPart(part: string): string {
  return encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1'))
}

function unescapePointerPart(part: string): string {
  return decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')
}
