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
  /** The modules it imports (root-relative). */
  imports: string[]
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

/**
 * External APIs worth one implementation each: a connection, a stream, a device. `pattern` finds a
 * call in code, never right after a quote (a string naming the API is not a call of it);
 * `signature` is what the snippet writes into `forbidden-signatures`.
 */
export const EXTERNAL_APIS: Array<{ id: string; signature: string; pattern: string; language: Language }> = [
  api('websocket', 'new WebSocket(', 'new\\s+WebSocket\\(', 'js'),
  api('event-source', 'new EventSource(', 'new\\s+EventSource\\(', 'js'),
  api('webrtc', 'new RTCPeerConnection(', 'new\\s+RTCPeerConnection\\(', 'js'),
  api('socket-io', '/\\bio\\(\\s*[\'"`]/', '\\bio\\(\\s*[\'"`]', 'js'),
  api('media-recorder', 'new MediaRecorder(', 'new\\s+MediaRecorder\\(', 'js'),
  api('audio-context', 'new AudioContext(', 'new\\s+\\(?\\w*AudioContext\\b', 'js'),
  api('speech-recognition', 'SpeechRecognition(', 'new\\s+\\(?\\w*SpeechRecognition\\b', 'js'),
  api('user-media', 'getUserMedia(', '\\.getUserMedia\\(', 'js'),
  api('web-worker', 'new Worker(', 'new\\s+Worker\\(', 'js'),
  api('indexed-db', 'indexedDB.open(', 'indexedDB\\.open\\(', 'js'),
  api('websocket', '/@\\w+\\.websocket\\(/', '@\\w+\\.websocket\\(', 'python'),
  api('websocket', 'websockets.connect(', 'websockets\\.connect\\(', 'python'),
  api('redis', 'Redis(', '\\bRedis\\(', 'python'),
]

function api(id: string, signature: string, pattern: string, language: Language) {
  return { id, signature, pattern: `/(?<!['"\`])${pattern}/`, language }
}

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
  const pairs: Array<{ short: (typeof stems)[0]; long: (typeof stems)[0] }> = []
  for (let i = 0; i < stems.length; i++) {
    for (let j = i + 1; j < stems.length; j++) {
      const a = stems[i]!
      const b = stems[j]!
      if (a.m.language !== b.m.language) continue
      const [short, long] = a.stem.length <= b.stem.length ? [a, b] : [b, a]
      // One word (`client`, `errors`, `run`) names a role every layer has, not one implementation.
      if (short.stem.length < 2 || !short.stem.every((w, k) => long.stem[k] === w)) continue
      pairs.push({ short, long })
    }
  }
  // A module imported by one it extends the name of is a part of it (`chatSocketHelpers`).
  const parts = new Set(
    pairs.filter((p) => p.short.m.imports.includes(p.long.m.path)).map((p) => p.long.m.path),
  )
  return pairs
    .filter((p) => !parts.has(p.short.m.path) && !parts.has(p.long.m.path))
    .filter((p) => !p.long.m.imports.includes(p.short.m.path))
    .map((p) => ({
      kind: 'same-name' as const,
      files: [p.short.m.path, p.long.m.path].sort(),
      detail: `both named ${p.short.stem.join('-')}`,
    }))
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
