/**
 * Why two modules may implement the same thing, each a pure function over facts of the scan:
 * the same name once roles and versions are stripped (`usePamWebSocketV2` and `usePamWebSocket`),
 * the same exported API, near-duplicate bodies, and the same external API (`new WebSocket(`).
 */
import { K } from '../fingerprint.js'
import { copiedRegions, distinctRegions, indexOf, type FingerprintIndex } from '../rules/duplicates.js'
import type { Language, PackedFingerprints, SourceFile } from '../types.js'

/** What the scan knows of one module, as discovery needs it. */
export interface ModuleFacts {
  path: string
  language: Language
  exports: string[]
  /** External APIs the module calls (ids of {@link EXTERNAL_APIS}). */
  apis: string[]
  /** Their signatures as the module calls them (`new WebSocket(`). */
  signatures: string[]
  fingerprints?: PackedFingerprints
}

/** The kinds of evidence, in the order a person would trust them. */
export type EvidenceKind = 'tool-copy' | 'near-duplicate' | 'same-name' | 'same-exports' | 'external-api'

/** One reason why some modules belong together. */
export interface Evidence {
  kind: EvidenceKind
  files: string[]
  detail: string
}

/** External APIs worth one implementation each: a connection, a stream, a device. */
export const EXTERNAL_APIS: Array<{ id: string; signature: string; language: Language }> = [
  { id: 'websocket', signature: 'new WebSocket(', language: 'js' },
  { id: 'event-source', signature: 'new EventSource(', language: 'js' },
  { id: 'webrtc', signature: 'new RTCPeerConnection(', language: 'js' },
  { id: 'socket-io', signature: '/\\bio\\(\\s*[\'"`]/', language: 'js' },
  { id: 'media-recorder', signature: 'new MediaRecorder(', language: 'js' },
  { id: 'audio-context', signature: 'new AudioContext(', language: 'js' },
  { id: 'speech-recognition', signature: '/new\\s+\\(?\\w*SpeechRecognition\\b/', language: 'js' },
  { id: 'user-media', signature: 'getUserMedia(', language: 'js' },
  { id: 'web-worker', signature: 'new Worker(', language: 'js' },
  { id: 'indexed-db', signature: 'indexedDB.open(', language: 'js' },
  { id: 'websocket', signature: '/@\\w+\\.websocket\\(/', language: 'python' },
  { id: 'websocket', signature: 'websockets.connect(', language: 'python' },
  { id: 'redis', signature: '/\\bRedis\\(/', language: 'python' },
]

// Words that say what role a module plays or which version it is, not what it implements.
const ROLE = /^(?:service|client|manager|provider|hook|store|api|handler|impl|helper|context)$/
const VERSION =
  /^(?:v?\d+|new|old|legacy|unified|enhanced|simple|simplified|improved|optimized|fixed|final|refactored|updated|next|alt|temp|tmp|copy|backup|orig)$/
const GENERIC = new Set([
  'index',
  'main',
  'types',
  'type',
  'utils',
  'util',
  'constants',
  'config',
  'app',
  'test',
  'spec',
])

/** Tests mirror the modules they test; they are never another implementation. */
export function isTest(file: string): boolean {
  return /(^|\/)(__tests__|__mocks__|tests?)\/|\.(test|spec)\.[^.]+$|(^|\/)test_[^/]+\.py$/.test(file)
}

/** The words that name what a module implements: `usePamWebSocketV2.ts` → pam, web, socket. */
export function stemOf(file: string): string[] {
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/(\.(?:test|spec|d))?\.[^.]+$/, '')
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean)
  if (words[0] === 'use' && words.length > 1) words.shift()
  while (words.length > 1 && (ROLE.test(words[words.length - 1]!) || VERSION.test(words[words.length - 1]!)))
    words.pop()
  return words.length === 1 && GENERIC.has(words[0]!) ? [] : words
}

/**
 * Same-language modules whose stems of at least two words are equal, or where one starts with the
 * other (`pam-web-socket-connection` extends `pam-web-socket`).
 */
export function sameNameLinks(modules: ModuleFacts[]): Evidence[] {
  const stems = modules.map((m) => ({ m, stem: stemOf(m.path) })).filter((s) => s.stem.length > 0)
  const out: Evidence[] = []
  for (let i = 0; i < stems.length; i++) {
    for (let j = i + 1; j < stems.length; j++) {
      const a = stems[i]!
      const b = stems[j]!
      if (a.m.language !== b.m.language) continue
      const [short, long] = a.stem.length <= b.stem.length ? [a.stem, b.stem] : [b.stem, a.stem]
      // One word (`client`, `errors`, `run`) names a role every layer has, not one implementation.
      if (short.length < 2 || !short.every((w, k) => long[k] === w)) continue
      out.push({ kind: 'same-name', files: [a.m.path, b.m.path], detail: `both named ${short.join('-')}` })
    }
  }
  return out
}

/** Same-language modules exporting mostly the same names (at least two, half of the smaller API). */
export function sameExportsLinks(modules: ModuleFacts[]): Evidence[] {
  const named = modules
    .map((m) => ({ m, names: new Set(m.exports.filter((n) => n !== 'default' && n !== '*')) }))
    .filter((x) => x.names.size >= 2)
  const byName = new Map<string, number[]>()
  named.forEach((x, i) => x.names.forEach((n) => byName.set(n, [...(byName.get(n) ?? []), i])))
  const shared = new Map<string, string[]>()
  for (const [name, holders] of byName) {
    // A name exported by many modules (`Props`, `default`-like helpers) says nothing.
    if (holders.length > 6) continue
    for (let a = 0; a < holders.length; a++)
      for (let b = a + 1; b < holders.length; b++) {
        const key = `${holders[a]} ${holders[b]}`
        shared.set(key, [...(shared.get(key) ?? []), name])
      }
  }
  const out: Evidence[] = []
  for (const [key, names] of shared) {
    const [a, b] = key.split(' ').map((i) => named[Number(i)]!)
    if (a!.m.language !== b!.m.language) continue
    if (names.length < 2 || names.length * 2 < Math.min(a!.names.size, b!.names.size)) continue
    out.push({
      kind: 'same-exports',
      files: [a!.m.path, b!.m.path],
      detail: `both export ${names.sort().slice(0, 5).join(', ')}`,
    })
  }
  return out
}

/**
 * Pairs of modules with a near-duplicate body: a copied region of at least `minTokens` covering
 * at least half of the smaller module. Only pairs sharing fingerprints are compared, and a
 * fingerprint present in many modules (common boilerplate) does not make pairs.
 */
export function nearDuplicateLinks(modules: ModuleFacts[], minTokens: number): Evidence[] {
  const withPrints = modules.filter((m) => m.fingerprints && m.fingerprints.length > 1)
  const holders = new Map<number, number[]>()
  withPrints.forEach((m, i) => {
    for (let at = 1; at < m.fingerprints!.length; at += 4) {
      const list = holders.get(m.fingerprints![at]!) ?? []
      if (list[list.length - 1] !== i) list.push(i)
      holders.set(m.fingerprints![at]!, list)
    }
  })
  const counts = new Map<string, number>()
  for (const list of holders.values()) {
    if (list.length > 8) continue
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = `${list[a]} ${list[b]}`
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
  }
  const indexes = new Map<number, FingerprintIndex>()
  const out: Evidence[] = []
  // Fewer shared fingerprints than this cannot chain into minTokens (one fingerprint per W tokens at most).
  const needed = Math.max(2, Math.floor(minTokens / (K * 2)))
  for (const [key, count] of counts) {
    if (count < needed) continue
    const [a, b] = key.split(' ').map(Number) as [number, number]
    const ma = withPrints[a]!
    const mb = withPrints[b]!
    if (ma.language !== mb.language) continue
    if (!indexes.has(b)) indexes.set(b, indexOf(mb.fingerprints!))
    const top = distinctRegions(copiedRegions(asSource(ma), asSource(mb), indexes.get(b)))[0]
    if (!top || top.tokens < minTokens || top.similarity < 0.5) continue
    out.push({
      kind: 'near-duplicate',
      files: [ma.path, mb.path],
      detail: `${ma.path}:${top.lines[0]}-${top.lines[1]} copies ${mb.path}:${top.canonicalLines[0]}-${top.canonicalLines[1]} (${top.tokens} tokens, ${Math.round(top.similarity * 100)}%)`,
    })
  }
  return out
}

/** One group per external API called from at least two modules. */
export function externalApiLinks(modules: ModuleFacts[]): Evidence[] {
  const users = new Map<string, string[]>()
  for (const m of modules)
    for (const api of new Set(m.apis)) users.set(api, [...(users.get(api) ?? []), m.path])
  return [...users]
    .filter(([, files]) => files.length >= 2)
    .map(([api, files]) => ({
      kind: 'external-api' as const,
      files,
      detail: `${files.length} modules call ${api}`,
    }))
}

function asSource(m: ModuleFacts): SourceFile {
  return {
    path: m.path,
    language: m.language,
    imports: [],
    exports: m.exports,
    signatureHits: [],
    fingerprints: m.fingerprints!,
  }
}
