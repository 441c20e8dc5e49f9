/** What init leaves out of the checks: folders found once (not their contents), and file-manager copies. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { detectExcludes } from '../../src/init/detect-excludes.js'
import { ignoresCache } from '../../src/init/detect.js'
import { withCacheIgnored } from '../../src/init/gitignore.js'

let root: string | undefined
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true })
  root = undefined
})

async function tree(files: string[]): Promise<string> {
  root = await mkdtemp(path.join(os.tmpdir(), 'launchgate-excludes-'))
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), 'x\n')
  }
  return root
}

describe('detectExcludes', () => {
  it('names each folder once, never the folders inside it or inside dependencies', async () => {
    const dir = await tree([
      'dist/types/config/a.d.ts',
      'node_modules/pkg/dist/index.js',
      'node_modules/@scope/pkg/build/x.js',
      'packages/web/dist/app.js',
      'backups/2024/api.py',
      'frontend/vendor/chart.js',
      'src/app.ts',
    ])
    expect((await detectExcludes(dir)).folders).toEqual([
      '**/dist/**',
      '**/node_modules/**',
      'backups/**',
      'frontend/vendor/**',
    ])
  })

  it('finds Finder and Explorer copies of source files, not other names with spaces', async () => {
    const dir = await tree([
      'src/useSocket 2.ts',
      'src/api copy.py',
      'src/Release Notes.md',
      'src/my module.ts',
    ])
    const found = await detectExcludes(dir)
    expect(found.copies).toEqual(['src/api copy.py', 'src/useSocket 2.ts'])
    expect(found.copyGlobs).toEqual(['**/* [2-9].*', '**/* copy*.*'])
  })
})

describe('the cache folder in .gitignore', () => {
  it('is recognised however it is spelled, and appended after what is there', () => {
    for (const line of ['.launchgate', '.launchgate/', '/.launchgate/', '.launchgate/**', '**/.launchgate'])
      expect({ line, ignored: ignoresCache(`node_modules\n${line}\n`) }).toEqual({ line, ignored: true })
    expect(ignoresCache('# .launchgate/\n.launchgate-old/\n')).toBe(false)
    expect(withCacheIgnored('dist')).toBe("dist\n\n# launchgate's caches and local reports\n.launchgate/\n")
    expect(withCacheIgnored(undefined)).toBe("# launchgate's caches and local reports\n.launchgate/\n")
  })
})
