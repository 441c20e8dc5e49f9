/**
 * The package versions a lockfile or manifest pins, and which of them a change adds or upgrades:
 * package-lock.json (npm), yarn.lock, requirements*.txt, poetry.lock and uv.lock (PyPI). Pure
 * text in, versions out; each with the line it is pinned at in the head file.
 */
import { lineAt } from '../../util/positions.js'

export type Ecosystem = 'npm' | 'PyPI'

export interface PinnedPackage {
  ecosystem: Ecosystem
  name: string
  version: string
  /** 1-based line in the file where the version is pinned. */
  line: number
}

/** Lockfiles and manifests this review reads. */
export const DEPENDENCY_FILE =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|requirements[^/]*\.txt|poetry\.lock|uv\.lock)$/

function npmLock(text: string): PinnedPackage[] {
  let parsed: { packages?: Record<string, { version?: string; link?: boolean }> }
  try {
    parsed = JSON.parse(text) as typeof parsed
  } catch {
    return []
  }
  const out: PinnedPackage[] = []
  for (const [key, entry] of Object.entries(parsed.packages ?? {})) {
    const at = key.lastIndexOf('node_modules/')
    if (at === -1 || !entry.version || entry.link) continue
    const name = key.slice(at + 'node_modules/'.length)
    out.push({ ecosystem: 'npm', name, version: entry.version, line: lineAt(text, text.indexOf(`"${key}"`)) })
  }
  return out
}

function yarnLock(text: string): PinnedPackage[] {
  const out: PinnedPackage[] = []
  const entry = /^"?((?:@[^@\s/"]+\/)?[^@\s/"]+)@[^\n]*:\n(?:[ \t]+[^\n]*\n)*?[ \t]+version:? "?([^"\s]+)"?/gm
  for (const m of text.matchAll(entry))
    out.push({
      ecosystem: 'npm',
      name: m[1] as string,
      version: m[2] as string,
      line: lineAt(text, m.index ?? 0),
    })
  return out
}

function requirements(text: string): PinnedPackage[] {
  const out: PinnedPackage[] = []
  for (const m of text.matchAll(/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*===?\s*([^\s;#]+)/gm))
    out.push({
      ecosystem: 'PyPI',
      name: (m[1] as string).toLowerCase(),
      version: m[2] as string,
      line: lineAt(text, m.index ?? 0),
    })
  return out
}

function tomlLock(text: string): PinnedPackage[] {
  const out: PinnedPackage[] = []
  for (const m of text.matchAll(/^\[\[package\]\]\s*\nname\s*=\s*"([^"]+)"\s*\nversion\s*=\s*"([^"]+)"/gm))
    out.push({
      ecosystem: 'PyPI',
      name: (m[1] as string).toLowerCase(),
      version: m[2] as string,
      line: lineAt(text, m.index ?? 0),
    })
  return out
}

/** Every version a dependency file pins. */
export function pinnedPackages(path: string, text: string): PinnedPackage[] {
  if (/(?:package-lock|npm-shrinkwrap)\.json$/.test(path)) return npmLock(text)
  if (path.endsWith('yarn.lock')) return yarnLock(text)
  if (path.endsWith('.txt')) return requirements(text)
  return tomlLock(text)
}

/** The versions pinned at head that base did not pin (new packages and upgrades). */
export function changedPackages(path: string, base: string | undefined, head: string): PinnedPackage[] {
  const before = new Set((base ? pinnedPackages(path, base) : []).map((p) => `${p.name}@${p.version}`))
  const seen = new Set<string>()
  return pinnedPackages(path, head).filter((p) => {
    const key = `${p.name}@${p.version}`
    if (before.has(key) || seen.has(key)) return false
    seen.add(key)
    return true
  })
}
