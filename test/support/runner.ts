/**
 * Runs a bundled action (`dist/<name>.js`) as a child process with the GitHub runner's contract:
 * `INPUT_*`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, `GITHUB_EVENT_PATH`, `GITHUB_API_URL`,
 * `GITHUB_REPOSITORY`, `GITHUB_SHA`, `RUNNER_TEMP`..., then reads back what a runner would:
 * outputs, the job summary, annotations and masks from the workflow commands on stdout.
 *
 * The node binary is `LAUNCHGATE_ACTION_NODE` when set (CI points it at Node 24, the runtime of
 * `runs.using: node24`), else the Node running the tests.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** Values the action asked the runner to mask (`::add-mask::`). */
  masks: string[]
  /** Whether `::error::` or `setFailed` was emitted (exit code 1). */
  failed: boolean
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  properties: Record<string, string>
}

export interface RunActionOptions {
  /** Inputs by their action.yml names (`github-token`, `working-directory`). */
  inputs?: Record<string, string>
  /** Webhook payload written to `GITHUB_EVENT_PATH`. */
  event?: Record<string, unknown>
  eventName?: string
  /** Workspace (checked-out repository); a fresh temp dir by default. */
  workspace?: string
  apiUrl?: string
  repository?: string
  sha?: string
  /** What `${{ github.token }}` evaluates to in input defaults; empty by default. */
  githubToken?: string
  /** Extra environment (secrets as the workflow would pass them). */
  env?: Record<string, string>
  timeoutMs?: number
  /** Called with the child's pid once it runs (a test that kills it mid-run). */
  onSpawn?: (pid: number) => void
}

/** Runs `dist/<entry>.js` and returns what the runner would see. */
export async function runBundledAction(entry: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'lg-runner-'))
  const files = {
    output: path.join(temp, 'output'),
    summary: path.join(temp, 'summary.md'),
    event: path.join(temp, 'event.json'),
    env: path.join(temp, 'env'),
    path: path.join(temp, 'path'),
    state: path.join(temp, 'state'),
  }
  const runnerTemp = path.join(temp, 'runner-temp')
  const workspace = options.workspace ?? path.join(temp, 'workspace')
  await mkdir(runnerTemp, { recursive: true })
  await mkdir(workspace, { recursive: true })
  await Promise.all([
    ...[files.output, files.summary, files.env, files.path, files.state].map((f) => writeFile(f, '')),
    writeFile(files.event, JSON.stringify(options.event ?? {})),
  ])
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_REPOSITORY: options.repository ?? 'acme/app',
    GITHUB_SHA: options.sha ?? '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'test',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...inputEnv({ ...(await actionDefaults(entry, options.githubToken ?? '')), ...options.inputs }),
    ...options.env,
  }
  const node = process.env.LAUNCHGATE_ACTION_NODE || process.execPath
  const { code, stdout, stderr } = await spawnNode(node, path.join(REPO_ROOT, 'dist', `${entry}.js`), {
    cwd: workspace,
    env,
    timeoutMs: options.timeoutMs ?? 60_000,
    onSpawn: options.onSpawn,
  })
  const commands = parseWorkflowCommands(stdout)
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseFileCommand(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    annotations: commands.annotations,
    masks: commands.masks,
    failed: code !== 0,
  }
  // The runner's files are read; RUNNER_TEMP stays while the test may read reports written there.
  await Promise.all(Object.values(files).map((f) => rm(f, { force: true })))
  return run
}

/**
 * The defaults the runner fills in from the action's metadata (`action.yml` for `main`,
 * `actions/<entry>/action.yml` otherwise), so tests run with the inputs a workflow would get.
 */
async function actionDefaults(entry: string, githubToken: string): Promise<Record<string, string>> {
  const file = entry === 'main' ? 'action.yml' : path.join('actions', entry, 'action.yml')
  const meta = parseYaml(await readFile(path.join(REPO_ROOT, file), 'utf8')) as {
    inputs?: Record<string, { default?: string }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(meta.inputs ?? {})) {
    if (input.default === undefined) continue
    defaults[name] = input.default.replace(/\$\{\{\s*github\.token\s*\}\}/g, githubToken)
  }
  return defaults
}

/** `core.getInput(name)` reads `INPUT_<NAME>` with spaces as underscores, upper-cased. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  )
}

function spawnNode(
  node: string,
  script: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; onSpawn?: (pid: number) => void },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    if (child.pid !== undefined) options.onSpawn?.(child.pid)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/**
 * Parses a `GITHUB_OUTPUT`-style file: `name<<DELIM\nvalue\nDELIM` blocks (what @actions/core
 * writes) and plain `name=value` lines.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter!, i + 1)
      out[name!] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      out[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return out
}

/** Reads `::error file=a,line=1::message` and `::add-mask::value` commands from stdout. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = []
  const masks: string[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const [, command, props, data] = m
    if (command === 'add-mask') masks.push(unescapeData(data!))
    if (command === 'error' || command === 'warning' || command === 'notice') {
      annotations.push({
        level: command,
        message: unescapeData(data!),
        properties: parseProperties(props ?? ''),
      })
    }
  }
  return { annotations, masks }
}

function parseProperties(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of text.split(',').filter(Boolean)) {
    const at = part.indexOf('=')
    out[part.slice(0, at)] = unescapeProperty(part.slice(at + 1))
  }
  return out
}

// The runner's escaping of workflow command data and properties, reversed.
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}
