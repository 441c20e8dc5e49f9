/**
 * Rules about what triggers a workflow and what it does with that: dangerous-triggers
 * (pull_request_target, workflow_run), github-env (writes of computed values to GITHUB_ENV or
 * GITHUB_PATH where an attacker triggers the run, and in composite actions).
 */
import { get, str, triggerNode } from '../document.js'
import { zizmorRule } from '../finding.js'
import { codeSites } from './template-injection.js'

const DANGEROUS = ['pull_request_target', 'workflow_run'] as const

export const dangerousTriggers = zizmorRule(
  'dangerous-triggers',
  'Fundamentally dangerous trigger',
  (doc, emit) => {
    if (doc.kind !== 'workflow') return
    for (const trigger of DANGEROUS) {
      if (!doc.triggers.includes(trigger)) continue
      emit(triggerNode(doc), {
        severity: 'HIGH',
        confidence: 'medium',
        message: `\`${trigger}\` runs with the base repository's secrets and token but is started by outsiders: prefer ${trigger === 'workflow_run' ? 'workflow_call' : 'pull_request'}, and never run the pull request's code here`,
      })
    }
  },
)

/**
 * A write to an environment file whose content the shell computes (`$VAR`, `$(...)`, `${{ }}`);
 * `echo "NAME=literal" >> $GITHUB_ENV` cannot carry an attacker's value and is not reported.
 */
const ENV_WRITE =
  /^(?<line>.*?)(?:>>?|\|\s*tee\s+(?:-a\s+)?|Out-File\s.*?|Add-Content\s.*?)\s*["']?(?:\$\{?GITHUB_(?<a>ENV|PATH)\}?|\$env:GITHUB_(?<b>ENV|PATH)|%GITHUB_(?<c>ENV|PATH)%)\b/gim

export const githubEnv = zizmorRule(
  'github-env',
  'Dangerous write to GITHUB_ENV or GITHUB_PATH',
  (doc, emit) => {
    const dangerous =
      doc.kind === 'action' || doc.triggers.some((t) => (DANGEROUS as readonly string[]).includes(t))
    if (!dangerous) return
    for (const step of doc.steps) {
      const run = get(step.node, 'run')
      if (!run || !codeSites(step).length) continue
      const script = str(run) ?? ''
      const start = run.range?.[0] ?? 0
      const raw = doc.text.slice(start, run.range?.[1] ?? start)
      for (const m of raw.matchAll(ENV_WRITE)) {
        const line = m.groups?.line ?? ''
        const computed = /\$|`/.test(line.replace(/\$\{?GITHUB_\w+\}?/g, ''))
        if (!computed && script.includes(line.trim())) continue
        const file = m.groups?.a ?? m.groups?.b ?? m.groups?.c
        emit(start + m.index, {
          severity: 'HIGH',
          confidence: 'low',
          message: `this step writes a computed value to GITHUB_${file} in a ${doc.kind === 'action' ? 'composite action' : 'workflow an attacker can trigger'}: a crafted value sets LD_PRELOAD-style variables or shadows commands for every later step`,
        })
      }
    }
  },
)
