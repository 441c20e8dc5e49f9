/**
 * What every API fake shares: the OpenAPI contract it validates traffic against, cached per spec
 * file, and the shape of a request on its way through the fake.
 */
import { OpenApiValidator } from './openapi-validator.js'
import { PathMatcher } from './path-matcher.js'
import { loadSpec } from './spec.js'

/** The validator and path matcher of one OpenAPI description, built once per test module. */
export interface Contract {
  validator: OpenApiValidator
  matcher: PathMatcher
}

const contracts = new Map<string, Contract>()

/** The contract of the description at `specPath`; loading a large spec is paid once and shared by every fake. */
export function contractFor(specPath: string): Contract {
  let entry = contracts.get(specPath)
  if (!entry) {
    const doc = loadSpec(specPath)
    entry = { validator: new OpenApiValidator(doc), matcher: new PathMatcher(doc) }
    contracts.set(specPath, entry)
  }
  return entry
}

/** One request on its way through a fake's pipeline. */
export interface Exchange {
  method: string
  url: URL
  rawBody: string
  /** Parsed JSON (undefined when empty); the raw text when it is not JSON. */
  body: unknown
  template?: string
}
