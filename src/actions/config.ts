/** The `config` command of the root action: validate the config and expose it to later steps. */
import * as core from '@actions/core'
import { checkConfig, describeConfig, describeConfigProblems } from '../config/check.js'
import { ConfigFileError } from '../config/load.js'
import type { Runtime } from '../runtime/runtime.js'
import { publishReport } from './publish.js'

export async function configAction(runtime: Runtime): Promise<void> {
  try {
    const loaded = await runtime.config()
    const report = describeConfig(loaded, await checkConfig(loaded, runtime.root))
    await publishReport(report, { rootInWorkspace: runtime.rootInWorkspace })
    core.setOutput('config-file', loaded.file ?? '')
    core.setOutput('config-json', JSON.stringify(loaded.config))
    runtime.logger.info(report.title)
    if (!report.ok) core.setFailed(`launchgate config: ${report.title}`)
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error
    // Annotate every problem at its line, then fail once with the first.
    await publishReport(describeConfigProblems(error.problems), { rootInWorkspace: runtime.rootInWorkspace })
    throw error
  }
}
