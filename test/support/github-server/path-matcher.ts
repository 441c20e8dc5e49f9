/**
 * Matches a request path against the path templates of the OpenAPI description, the way GitHub
 * routes them: literal segments beat parameters, and a parameter marked `x-multi-segment` (a git
 * ref such as `heads/main`) may span several segments.
 */
import type { OpenApiDocument } from './spec.js'

/** A request path resolved to its template and decoded path parameters. */
export interface PathMatch {
  template: string
  params: Record<string, string>
}

interface CompiledTemplate {
  template: string
  regex: RegExp
  names: string[]
  /** Higher wins when several templates match: more literal segments, fewer multi-segment params. */
  score: number
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** Compiles every path template of the document once; `match` is then a linear scan. */
export class PathMatcher {
  private readonly templates: CompiledTemplate[]

  constructor(private readonly doc: OpenApiDocument) {
    this.templates = Object.keys(doc.paths).map((template) => this.compile(template))
  }

  /** The best matching template, or undefined when the path is not part of GitHub's API. */
  match(pathname: string): PathMatch | undefined {
    let best: { entry: CompiledTemplate; groups: RegExpExecArray } | undefined
    for (const entry of this.templates) {
      const groups = entry.regex.exec(pathname)
      if (groups && (!best || entry.score > best.entry.score)) best = { entry, groups }
    }
    if (!best) return undefined
    const params: Record<string, string> = {}
    best.entry.names.forEach((name, i) => {
      params[name] = safeDecode(best.groups[i + 1] ?? '')
    })
    return { template: best.entry.template, params }
  }

  /** The HTTP methods (lower case) the description defines for a template. */
  methods(template: string): string[] {
    return Object.keys(this.doc.paths[template] ?? {}).filter((key) => HTTP_METHODS.includes(key))
  }

  private compile(template: string): CompiledTemplate {
    const multi = this.multiSegmentParams(template)
    const names: string[] = []
    let score = 0
    const parts = template.split('/').map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)?.[1]
      if (!param) {
        score += 10
        return escapeRegExp(segment)
      }
      names.push(param)
      if (!multi.has(param)) return '([^/]+)'
      score -= 1
      return '(.+)'
    })
    return { template, regex: new RegExp(`^${parts.join('/')}/?$`), names, score }
  }

  /** Names of the template's path parameters that carry `x-multi-segment: true` in any operation. */
  private multiSegmentParams(template: string): Set<string> {
    const names = new Set<string>()
    const item = this.doc.paths[template] ?? {}
    const lists = [
      item.parameters,
      ...HTTP_METHODS.map((m) => (item[m] as { parameters?: unknown })?.parameters),
    ]
    for (const list of lists) {
      if (!Array.isArray(list)) continue
      for (const raw of list) {
        const param = this.resolveParameter(raw)
        if (param?.in === 'path' && param['x-multi-segment'] === true) names.add(String(param.name))
      }
    }
    return names
  }

  private resolveParameter(raw: unknown): Record<string, unknown> | undefined {
    const ref = (raw as { $ref?: string })?.$ref
    if (!ref) return raw as Record<string, unknown>
    return this.doc.components.parameters?.[ref.split('/').pop() ?? ''] as Record<string, unknown> | undefined
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Decodes a path segment; a malformed escape is kept as sent so validation can report it. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
