/**
 * Which Chrome or Chromium drives the browser smoke tests. launchgate downloads no browser: it
 * uses the one the machine has (`google-chrome` on GitHub's runners, Debian's `chromium`).
 */
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/** Names looked up on PATH, in this order. */
export const BROWSER_NAMES = [
  'google-chrome',
  'google-chrome-stable',
  'chromium',
  'chromium-browser',
  'chrome',
]

/** Where installers put the browser when it is not on PATH (macOS apps, Debian's wrapper). */
const WELL_KNOWN = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
]

/** The browser to use, or why there is none (a sentence the report prints as is). */
export type BrowserChoice = { executable: string; source: string } | { missing: string }

/**
 * Picks the browser: the config's path, then `LAUNCHGATE_BROWSER`, then PATH, then well-known
 * places. `LAUNCHGATE_NO_BROWSER=1` acts as if there were none (to rehearse the "not run" path).
 * @param isExecutable the file test, passed in so the decision stays pure
 */
export function chooseBrowser(
  configured: string | undefined,
  env: Record<string, string | undefined>,
  isExecutable: (file: string) => boolean,
): BrowserChoice {
  if (env.LAUNCHGATE_NO_BROWSER === '1') return { missing: 'LAUNCHGATE_NO_BROWSER=1 is set' }
  if (configured) {
    return isExecutable(configured)
      ? { executable: configured, source: 'deploy.smoke.browser' }
      : { missing: `deploy.smoke.browser is ${configured}, which is not an executable file` }
  }
  const fromEnv = env.LAUNCHGATE_BROWSER
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { executable: fromEnv, source: 'LAUNCHGATE_BROWSER' }
      : { missing: `LAUNCHGATE_BROWSER is ${fromEnv}, which is not an executable file` }
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '')
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name)
      if (isExecutable(file)) return { executable: file, source: 'PATH' }
    }
  }
  const known = WELL_KNOWN.find(isExecutable)
  if (known) return { executable: known, source: 'a well-known location' }
  return {
    missing: `no Chrome or Chromium found (looked for ${BROWSER_NAMES.join(', ')} on PATH): install one (apt-get install chromium) or set LAUNCHGATE_BROWSER or deploy.smoke.browser`,
  }
}

/** The browser of this machine and environment. */
export function findBrowser(
  configured: string | undefined,
  env: Record<string, string | undefined>,
): BrowserChoice {
  return chooseBrowser(configured, env, isExecutableFile)
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}
