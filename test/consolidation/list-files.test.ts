/**
 * The default file listing (`include: ['**\/*']`, no exclude) is a plain folder walk; it must list
 * exactly what the globber lists for the same patterns: regular files only, no dot names, no
 * ignored folders at any depth, names with spaces or `#` kept.
 */
import { mkdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { listFiles } from '../../src/consolidation/scan.js'
import { cleanupTemps, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

describe('listFiles', () => {
  it('walks the tree as the globber lists it', async () => {
    const root = await writeRepo({
      'src/a.ts': '',
      'src/b c.ts': '',
      'src/#admin/page.tsx': '',
      'src/.env': '',
      '.hidden/x.ts': '',
      'src/.cache/y.ts': '',
      'node_modules/p/index.js': '',
      'packages/q/node_modules/r/index.js': '',
      'packages/q/dist/out.js': '',
      'packages/q/build/out.js': '',
      'Dist/kept.js': '',
      'py/__pycache__/m.py': '',
      'py/m.py': '',
      'README.md': '',
    })
    await symlink(path.join(root, 'src/a.ts'), path.join(root, 'link.ts'))
    await symlink(path.join(root, 'src'), path.join(root, 'linked-folder'))
    await symlink(path.join(root, 'nowhere.ts'), path.join(root, 'broken.ts'))
    await mkdir(path.join(root, 'empty'))

    const walked = await listFiles(root, ['**/*'], [])
    // Two patterns take the globber's path; together they match what the one does.
    const globbed = await listFiles(root, ['**/*', 'src/**'], [])
    expect(walked).toEqual(globbed)
    expect(walked).toEqual([
      'Dist/kept.js',
      'README.md',
      'py/m.py',
      'src/#admin/page.tsx',
      'src/a.ts',
      'src/b c.ts',
    ])
  })
})
