/** Inputs every action shares. Inputs override the config file; nothing else is read. */
import path from 'node:path'
import * as core from '@actions/core'

export interface CommonInputs {
  /** Repository root: `working-directory` input, relative to the workspace. */
  root: string
  /**
   * The root relative to the workspace (`''` when they are the same). Annotations and SARIF
   * need paths from the repository's top, while reports speak relative to the root.
   */
  rootInWorkspace: string
  /** Config file relative to the root; undefined means the default path (optional file). */
  configPath?: string
  /** Token for the GitHub API; masked as soon as it is read. */
  token?: string
}

/** Reads the shared inputs and masks the token. */
export function readCommonInputs(env: NodeJS.ProcessEnv = process.env): CommonInputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const token = core.getInput('github-token') || undefined
  if (token) core.setSecret(token)
  const root = path.resolve(workspace, core.getInput('working-directory') || '.')
  return {
    root,
    rootInWorkspace: path.relative(workspace, root).split(path.sep).join('/'),
    configPath: core.getInput('config') || undefined,
    token,
  }
}
