/**
 * The published JSON Schema (schema/launchgate.schema.json) works in the validators editors and CI
 * scripts use: Ajv in its default strict mode with the standard formats compiles it, accepts the
 * example's config and refuses what the loader refuses.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { configJsonSchema } from '../src/config/schema.js'
import { REPO_ROOT } from './support/runner.js'

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020

function validator() {
  // Ajv's defaults: strict about unknown keywords and formats (they throw); type unions only log.
  const ajv = new Ajv2020({ logger: false })
  addFormats(ajv)
  return ajv.compile(configJsonSchema())
}

describe('the config JSON Schema under Ajv strict mode', () => {
  it('compiles, and is the committed schema file', async () => {
    expect(() => validator()).not.toThrow()
    const committed = JSON.parse(
      await readFile(path.join(REPO_ROOT, 'schema/launchgate.schema.json'), 'utf8'),
    )
    expect(committed).toEqual(JSON.parse(JSON.stringify(configJsonSchema())))
  })

  it('accepts the example config, with a smoke login path that starts with /', async () => {
    const text = await readFile(
      path.join(REPO_ROOT, 'examples/wheels-and-wins/.github/launchgate.yml'),
      'utf8',
    )
    const validate = validator()
    expect(validate(parse(text))).toBe(true)
  })

  it('refuses a share above 1 and a login path that is neither a URL nor /-rooted', () => {
    const validate = validator()
    expect(validate({ version: 1, monitor: { thresholds: { 'error-rate': 7 } } })).toBe(false)
    const smoke = (loginPath: string) => ({ version: 1, deploy: { smoke: { login: { path: loginPath } } } })
    expect(validate(smoke('login'))).toBe(false)
    expect(validate(smoke('/login'))).toBe(true)
    expect(validate(smoke('https://auth.example.com/login'))).toBe(true)
  })
})
