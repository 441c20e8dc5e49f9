/**
 * Phase 1 of the launch plan from the code alone: modules linked by evidence (links.ts) are
 * grouped into proposed concerns, each with a suggested canonical module per language (the most
 * imported, then the newest) and the rest deprecated; tool-made copies form one concern of their
 * own. Pure: the shell passes the scan, the importer counts and the modification times.
 */
import { toolCopies } from './copies.js'
import {
  externalApiLinks,
  isTest,
  nearDuplicateLinks,
  sameExportsLinks,
  sameNameLinks,
  stemOf,
  type Evidence,
  type ModuleFacts,
} from './links.js'

/** A concern proposed for the config. */
export interface DiscoveredConcern {
  name: string
  canonical: string[]
  deprecated: string[]
  evidence: Evidence[]
  /** How many modules import each member (what a migration has to move). */
  importers: Record<string, number>
  /** External API signatures every member calls: candidates for `forbidden-signatures`. */
  signatures: string[]
}

/** What discovery reads. */
export interface DiscoverFacts {
  modules: ModuleFacts[]
  /** Every file of the scan (copies like `x.ts.old` are not modules). */
  allFiles: string[]
  importers: Map<string, number>
  /** Modification times (ms), for "the newest". */
  mtimes: Map<string, number>
  minTokens: number
}

// An external API used by more modules than this is infrastructure, not one concern.
const MAX_API_GROUP = 12
// Evidence items kept per concern, so a large cluster does not make a large document.
const MAX_EVIDENCE = 12

/** The proposed concerns, largest first, tool copies last. */
export function proposeConcerns(facts: DiscoverFacts): DiscoveredConcern[] {
  const present = new Set(facts.allFiles)
  const copies = toolCopies(facts.allFiles, (f) => present.has(f))
  const copied = new Set(copies.map((c) => c.copy))
  const modules = facts.modules.filter((m) => !copied.has(m.path) && !isTest(m.path))
  const links = [
    ...nearDuplicateLinks(modules, facts.minTokens),
    ...sameNameLinks(modules),
    ...sameExportsLinks(modules),
    ...externalApiLinks(modules).filter((l) => l.files.length <= MAX_API_GROUP),
  ]
  const groups = connected(links)
  const byPath = new Map(modules.map((m) => [m.path, m]))
  const names = new Set<string>()
  const concerns = groups
    .map((files) => concernOf(files, links, byPath, facts, names))
    .sort((a, b) => b.canonical.length + b.deprecated.length - (a.canonical.length + a.deprecated.length))
  const withOriginal = copies.filter((c) => c.original !== undefined)
  if (withOriginal.length > 0) {
    const originals = [...new Set(withOriginal.map((c) => c.original!))].sort()
    concerns.push({
      name: unique('tool-copies', names),
      canonical: originals,
      deprecated: copies.map((c) => c.copy).sort(),
      evidence: copies.slice(0, MAX_EVIDENCE).map((c) => ({
        kind: 'tool-copy',
        files: c.original ? [c.copy, c.original] : [c.copy],
        detail: c.original ? `${c.pattern} copy of ${c.original}` : `${c.pattern} copy; the original is gone`,
      })),
      importers: countsOf([...originals, ...copies.map((c) => c.copy)], facts.importers),
      signatures: [],
    })
  }
  return concerns
}

function concernOf(
  files: string[],
  links: Evidence[],
  byPath: Map<string, ModuleFacts>,
  facts: DiscoverFacts,
  names: Set<string>,
): DiscoveredConcern {
  const members = new Set(files)
  const evidence = links
    .map((l) => ({ ...l, files: l.files.filter((f) => members.has(f)) }))
    .filter((l) => l.files.length >= 2)
  const canonical = [...new Set(files.map((f) => byPath.get(f)!.language))].map(
    (language) =>
      files
        .filter((f) => byPath.get(f)!.language === language)
        .sort(
          (a, b) =>
            (facts.importers.get(b) ?? 0) - (facts.importers.get(a) ?? 0) ||
            (facts.mtimes.get(b) ?? 0) - (facts.mtimes.get(a) ?? 0) ||
            (a < b ? -1 : 1),
        )[0]!,
  )
  const apis = new Set(files.flatMap((f) => byPath.get(f)!.apis))
  // A signature two members call is one the canonical module should own.
  const called = files.flatMap((f) => byPath.get(f)!.signatures)
  const shared = [...new Set(called.filter((s, i) => called.indexOf(s) !== i))].sort()
  return {
    name: unique(nameOf(files, [...apis]), names),
    canonical: canonical.sort(),
    deprecated: files.filter((f) => !canonical.includes(f)).sort(),
    evidence: evidence.slice(0, MAX_EVIDENCE),
    importers: countsOf(files, facts.importers),
    signatures: shared,
  }
}

/** Connected groups of the files the links join (union-find), each sorted, in a stable order. */
function connected(links: Evidence[]): string[][] {
  const parent = new Map<string, string>()
  const find = (f: string): string => {
    const p = parent.get(f) ?? f
    if (p === f) return f
    const root = find(p)
    parent.set(f, root)
    return root
  }
  for (const link of links) {
    for (const f of link.files) if (!parent.has(f)) parent.set(f, f)
    for (const f of link.files.slice(1)) parent.set(find(f), find(link.files[0]!))
  }
  const groups = new Map<string, string[]>()
  for (const f of parent.keys()) groups.set(find(f), [...(groups.get(find(f)) ?? []), f])
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
}

/** The longest name prefix shared by at least two members and a third of them, else the API. */
function nameOf(files: string[], apis: string[]): string {
  const counts = new Map<string, number>()
  for (const f of files) {
    const stem = stemOf(f)
    for (let n = 1; n <= Math.min(3, stem.length); n++) {
      const key = stem.slice(0, n).join('-')
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  const best = [...counts]
    .filter(([, c]) => c >= 2 && c * 3 >= files.length)
    .sort((a, b) => b[0].split('-').length - a[0].split('-').length || b[1] - a[1])[0]
  return best?.[0] ?? apis[0] ?? (stemOf(files[0]!).join('-') || 'concern')
}

function unique(name: string, taken: Set<string>): string {
  let candidate = name
  for (let i = 2; taken.has(candidate); i++) candidate = `${name}-${i}`
  taken.add(candidate)
  return candidate
}

function countsOf(files: string[], importers: Map<string, number>): Record<string, number> {
  return Object.fromEntries(files.map((f) => [f, importers.get(f) ?? 0]))
}
