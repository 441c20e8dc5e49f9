/** The `config` command of the root action: validate the config and expose it to later steps. */
import * as core from '@actions/core'
import { describeConfig, describeConfigProblems } from '../config/check.js'
import { ConfigFileError, loadConfig } from '../config/load.js'
import { readCommonInputs } from './inputs.js'
import { publishReport } from './publish.js'

export async function configAction(): Promise<void> {
  const inputs = readCommonInputs()
  try {
    const loaded = await loadConfig({ root: inputs.root, configPath: inputs.configPath })
    const report = describeConfig(loaded)
    await publishReport(report, { rootInWorkspace: inputs.rootInWorkspace })
    core.setOutput('config-file', loaded.file ?? '')
    core.setOutput('config-json', JSON.stringify(loaded.config))
    core.info(report.title)
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error
    // Annotate every problem at its line, then fail once with the first.
    await publishReport(describeConfigProblems(error.problems), { rootInWorkspace: inputs.rootInWorkspace })
    throw error
  }
}
