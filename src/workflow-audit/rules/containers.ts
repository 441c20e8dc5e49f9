/**
 * Where jobs run: hardcoded-container-credentials (a registry password written in the file),
 * unpinned-images (`container:` and `services:` images by no tag or `latest`; by a tag and not a
 * digest is pedantic), self-hosted-runner (auditor: a self-hosted or unknown runner label).
 */
import { isMap, isSeq, type Node } from 'yaml'
import { get, str, type AuditedDocument, type Job } from '../document.js'
import { zizmorRule } from '../finding.js'

/** Each container a job declares: its `container:` and its `services:`. */
function containers(doc: AuditedDocument): Array<{ node: Node; image?: Node; name: string; job: Job }> {
  const out: Array<{ node: Node; image?: Node; name: string; job: Job }> = []
  for (const job of doc.jobs) {
    const container = get(job.node, 'container')
    if (container)
      out.push({
        node: container,
        image: isMap(container) ? get(container, 'image') : container,
        name: `job ${job.id}'s container`,
        job,
      })
    const services = get(job.node, 'services')
    if (isMap(services))
      for (const pair of services.items)
        out.push({
          node: pair.value as Node,
          image: isMap(pair.value) ? get(pair.value, 'image') : (pair.value as Node),
          name: `service ${String((pair.key as { value?: unknown }).value)}`,
          job,
        })
  }
  return out
}

export const hardcodedContainerCredentials = zizmorRule(
  'hardcoded-container-credentials',
  'Hardcoded registry credentials',
  (doc, emit) => {
    for (const c of containers(doc)) {
      const password = get(get(c.node, 'credentials'), 'password')
      const value = str(password)
      if (value !== undefined && !value.includes('${{'))
        emit(password, {
          severity: 'HIGH',
          confidence: 'high',
          message: `${c.name} has its registry password in the file: use \`\${{ secrets.REGISTRY_PASSWORD }}\``,
        })
    }
  },
)

/** The pinning problem of one concrete image reference, if any. */
function imageProblem(image: string): { latest: boolean; persona: 'regular' | 'pedantic' } | undefined {
  if (image === '' || image.includes('@sha256:')) return undefined
  const last = image.slice(image.lastIndexOf('/') + 1)
  const tag = last.includes(':') ? last.slice(last.indexOf(':') + 1) : undefined
  if (tag === undefined || tag === 'latest') return { latest: tag === 'latest', persona: 'regular' }
  return { latest: false, persona: 'pedantic' }
}

/** The values `matrix.<name>` takes in a job, or undefined when the matrix is computed. */
function matrixValues(job: Job | undefined, name: string): string[] | undefined {
  const matrix = get(get(job?.node, 'strategy'), 'matrix')
  if (!isMap(matrix)) return undefined
  const values: unknown[] = []
  const own = matrix.get(name, true)
  if (own !== undefined) values.push(...(isSeq(own) ? own.items : [own]))
  const include = matrix.get('include', true)
  if (isSeq(include))
    for (const e of include.items) if (isMap(e) && e.has(name)) values.push(e.get(name, true))
  const strings = values.map(str)
  return strings.every((v) => v !== undefined && !v.includes('${{')) ? (strings as string[]) : undefined
}

/** Every image a file names: job containers and services, docker:// steps, a Docker action's image. */
function images(doc: AuditedDocument): Array<{ node: Node; image: string; name: string; job?: Job }> {
  const out: Array<{ node: Node; image: string; name: string; job?: Job }> = []
  for (const c of containers(doc)) {
    const image = str(c.image)
    if (c.image && image !== undefined) out.push({ node: c.image, image, name: c.name, job: c.job })
  }
  for (const step of doc.steps) {
    const uses = get(step.node, 'uses')
    const value = str(uses)
    if (uses && value?.startsWith('docker://'))
      out.push({ node: uses, image: value.slice(9), name: 'this step', job: step.job })
  }
  const runsImage = get(get(doc.root, 'runs'), 'image')
  const value = str(runsImage)
  if (doc.kind === 'action' && runsImage && value?.startsWith('docker://'))
    out.push({ node: runsImage, image: value.slice(9), name: 'this action' })
  return out
}

export const unpinnedImages = zizmorRule('unpinned-images', 'Container image not pinned', (doc, emit) => {
  for (const { node, image, name, job } of images(doc)) {
    const whole = /^\s*\$\{\{\s*([\s\S]*?)\s*\}\}\s*$/.exec(image)
    let candidates: string[] | undefined = [image]
    if (whole) {
      const matrixRef = /^matrix\.([\w-]+)$/i.exec(whole[1]!)
      candidates = matrixRef
        ? matrixValues(job, matrixRef[1]!)
        : /^'[^']*'$/.test(whole[1]!)
          ? [whole[1]!.slice(1, -1)]
          : undefined
    }
    if (candidates === undefined) {
      emit(node, {
        severity: 'HIGH',
        confidence: 'low',
        message: `${name} uses an image computed at run time (${image}), which may be unpinned: pin it by digest`,
      })
      continue
    }
    for (const candidate of new Set(candidates)) {
      const problem = imageProblem(candidate)
      if (!problem) continue
      emit(node, {
        severity: 'HIGH',
        confidence: 'high',
        persona: problem.persona,
        message:
          problem.persona === 'regular'
            ? `${name} uses ${candidate}${problem.latest ? '' : ' (no tag: latest)'}, which the registry can change at any time: pin it by digest (@sha256:...)`
            : `${name} uses ${candidate} by tag; a tag can be re-pushed: pin it by digest (@sha256:...)`,
      })
    }
  }
})

export const selfHostedRunner = zizmorRule('self-hosted-runner', 'Self-hosted runner', (doc, emit) => {
  const auditor = { severity: 'MEDIUM', persona: 'auditor' } as const
  for (const job of doc.jobs) {
    const runsOn = get(job.node, 'runs-on')
    if (!runsOn) continue
    const labelsNode = isMap(runsOn) ? get(runsOn, 'labels') : runsOn
    const labels = isSeq(labelsNode) ? labelsNode.items.map(str) : [str(labelsNode)]
    if (labels.includes('self-hosted'))
      emit(runsOn, {
        ...auditor,
        confidence: 'high',
        message: `job ${job.id} runs on a self-hosted runner: in a public repository, outsiders' pull requests may run code on it`,
      })
    else if (isMap(runsOn) && get(runsOn, 'group') !== undefined)
      emit(runsOn, {
        ...auditor,
        confidence: 'low',
        message: `job ${job.id} runs in a runner group, which implies self-hosted runners`,
      })
    else if (labels.some((l) => l?.includes('${{'))) {
      const ref = /matrix\.([\w-]+)/i.exec(labels.find((l) => l?.includes('${{')) ?? '')
      const values = ref
        ? JSON.stringify(get(get(get(job.node, 'strategy'), 'matrix'), ref[1]!)?.toJSON() ?? '')
        : ''
      emit(
        runsOn,
        values.includes('self-hosted')
          ? {
              ...auditor,
              confidence: 'high',
              message: `job ${job.id}'s matrix runs it on a self-hosted runner`,
            }
          : {
              ...auditor,
              confidence: 'low',
              message: `job ${job.id}'s runner is computed by an expression and may be self-hosted`,
            },
      )
    }
  }
})
