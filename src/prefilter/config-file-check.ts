/** The prefilter section checked against the registry it names, when that file can be read. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { LoadedConfig } from '../config/load.js'
import type { Finding } from '../report/types.js'
import { checkPrefilterConfig } from './config-check.js'
import { parseToolFile } from './tool-file.js'

/** Findings of the section against its registry; none when no registry is named or readable. */
export async function checkPrefilterFile(loaded: LoadedConfig, root: string): Promise<Finding[]> {
  const file = loaded.config.prefilter.tools
  if (!file) return []
  const text = await readFile(path.resolve(root, file), 'utf8').catch(() => undefined)
  if (text === undefined) return []
  return checkPrefilterConfig(loaded.config.prefilter, parseToolFile(text, file), loaded.file ?? file)
}
