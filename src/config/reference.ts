/**
 * The config reference in markdown, generated from the JSON Schema so the docs can never drift
 * from what the loader accepts: one table per section, a row per key with its type, default and
 * description, nested objects and lists of objects flattened with dotted paths.
 */

type Schema = Record<string, unknown>

interface Row {
  key: string
  type: string
  default: string
  description: string
}

/** Markdown of every key of the config, from `configJsonSchema()`. */
export function configReference(schema: Schema): string {
  const top = (schema.properties ?? {}) as Record<string, Schema>
  const out = [
    '# Configuration reference',
    '',
    'Generated from `schema/launchgate.schema.json` by `npm run bundle`; do not edit by hand.',
    "The file is `.github/launchgate.yml`; every key is optional and the defaults are the launch plan's.",
    '',
  ]
  const header = ['| key | type | default | description |', '| --- | --- | --- | --- |']
  const scalars = Object.entries(top).filter(([, sub]) => !objectShape(sub))
  out.push('## Top level', '', ...header)
  for (const [key, sub] of scalars) for (const r of rowsOf(sub, key)) out.push(row(r))
  out.push('')
  for (const [section, sub] of Object.entries(top).filter(([, s]) => objectShape(s))) {
    const rows = rowsOf(sub, section)
    out.push(`## \`${section}\``, '')
    if (typeof sub.description === 'string') out.push(sub.description, '')
    out.push(...header, ...rows.map(row), '')
  }
  return `${out.join('\n').trimEnd()}\n`
}

function row(r: Row): string {
  return `| \`${r.key}\` | ${r.type} | ${r.default} | ${r.description} |`
}

function rowsOf(schema: Schema, key: string): Row[] {
  const object = objectShape(schema)
  if (object && Object.keys(object).length > 0) {
    return Object.entries(object).flatMap(([k, child]) => rowsOf(child, `${key}.${k}`))
  }
  const items = schema.items as Schema | undefined
  const itemObject = items && objectShape(items)
  if (itemObject && Object.keys(itemObject).length > 0) {
    return [
      { key, type: 'list', default: show(schema.default), description: cell(schema.description) },
      ...Object.entries(itemObject).flatMap(([k, child]) => rowsOf(child, `${key}[].${k}`)),
    ]
  }
  return [{ key, type: typeOf(schema), default: show(schema.default), description: cell(schema.description) }]
}

/** The properties of an object schema, also through anyOf/oneOf (discriminated unions merge). */
function objectShape(schema: Schema): Record<string, Schema> | undefined {
  if (schema.properties) return schema.properties as Record<string, Schema>
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
  if (!alternatives?.every((a) => a.properties)) return undefined
  return Object.assign({}, ...alternatives.map((a) => a.properties as Record<string, Schema>))
}

function typeOf(schema: Schema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ')
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
  if (alternatives) return alternatives.map(typeOf).join(' \\| ')
  if (schema.type === 'array') return `list of ${typeOf((schema.items ?? {}) as Schema)}`
  if (schema.type === 'object' && schema.additionalProperties) return 'map'
  return typeof schema.type === 'string' ? schema.type : 'any'
}

function show(value: unknown): string {
  if (value === undefined) return ''
  const text = JSON.stringify(value)
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``.replace(/\|/g, '\\|')
}

function cell(text: unknown): string {
  return typeof text === 'string' ? text.replace(/\|/g, '\\|').replace(/\n/g, ' ') : ''
}
