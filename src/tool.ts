/** Name and version launchgate reports itself as (SARIF driver, user agent, `--version`). */
export const TOOL = {
  name: 'launchgate',
  version: '0.1.0',
  informationUri: 'https://github.com/launchgate/launchgate',
} as const
