/**
 * Where jobs run: hardcoded-container-credentials (a registry password written in the file),
 * unpinned-images (`container:` and `services:` images by no tag or `latest`; by a tag and not a
 * digest is pedantic), self-hosted-runner (auditor: a self-hosted or unknown runner label).
 */
import { isMap, isSeq, type Node } from 'yaml'
import { get, str, type AuditedDocument } from '../document.js'
import { zizmorRule } from '../finding.js'

/** Each container a job declares: its `container:` and its `services:`. */
function containers(doc: AuditedDocument): Array<{ node: Node; image?: Node; name: string }> {
  const out: Array<{ node: Node; image?: Node; name: string }> = []
  for (const job of doc.jobs) {
    const container = get(job.node, 'container')
    if (container)
      out.push({
        node: container,
        image: isMap(container) ? get(container, 'image') : container,
        name: `job ${job.id}'s container`,
      })
    const services = get(job.node, 'services')
    if (isMap(services))
      for (const pair of services.items)
        out.push({
          node: pair.value as Node,
          image: isMap(pair.value) ? get(pair.value, 'image') : (pair.value as Node),
          name: `service ${String((pair.key as { value?: unknown }).value)}`,
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

export const unpinnedImages = zizmorRule('unpinned-images', 'Container image not pinned', (doc, emit) => {
  for (const c of containers(doc)) {
    const image = str(c.image)
    if (!image || image.includes('${{')) continue
    if (image.includes('@sha256:')) continue
    const last = image.slice(image.lastIndexOf('/') + 1)
    const tag = last.includes(':') ? last.slice(last.indexOf(':') + 1) : undefined
    if (!tag || tag === 'latest')
      emit(c.image, {
        severity: 'HIGH',
        confidence: 'high',
        message: `${c.name} uses ${image}${tag ? '' : ' (no tag: latest)'}, which the registry can change at any time: pin it by digest`,
      })
    else
      emit(c.image, {
        severity: 'HIGH',
        confidence: 'low',
        persona: 'pedantic',
        message: `${c.name} uses ${image} by tag; a tag can be re-pushed: pin it by digest (@sha256:...)`,
      })
  }
})

const HOSTED = /^(?:ubuntu|windows|macos)-[\w.-]+$/

export const selfHostedRunner = zizmorRule('self-hosted-runner', 'Self-hosted runner', (doc, emit) => {
  for (const job of doc.jobs) {
    const runsOn = get(job.node, 'runs-on')
    if (!runsOn) continue
    const labels = isSeq(runsOn)
      ? runsOn.items.map(str)
      : isMap(runsOn)
        ? [
            str(get(runsOn, 'group')),
            ...(isSeq(get(runsOn, 'labels'))
              ? (get(runsOn, 'labels') as { items: unknown[] }).items.map(str)
              : [str(get(runsOn, 'labels'))]),
          ]
        : [str(runsOn)]
    if (labels.includes('self-hosted'))
      emit(runsOn, {
        severity: 'MEDIUM',
        confidence: 'high',
        persona: 'auditor',
        message: `job ${job.id} runs on a self-hosted runner: in a public repository, outsiders' pull requests may run code on it`,
      })
    else if (labels.some((l) => l !== undefined && (l.includes('${{') || !HOSTED.test(l))))
      emit(runsOn, {
        severity: 'MEDIUM',
        confidence: 'low',
        persona: 'auditor',
        message: `job ${job.id} runs on \`${labels.filter(Boolean).join(', ')}\`, which may be a self-hosted runner`,
      })
  }
})
