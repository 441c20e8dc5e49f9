/** The cache files a re-run saves: a small journal after a small change, a new base after a large one. */
import { existsSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { readStore, writeStore } from '../../src/consolidation/journaled-store.js'
import { cleanupTemps, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

const records = (n: number, tag = 'v') =>
  new Map(Array.from({ length: n }, (_, i) => [`k${i}`, { value: `${tag}${i}` }] as const))

async function storeIn(): Promise<string> {
  return path.join(await writeRepo({ 'keep.txt': '' }), 'cache', 'store.json')
}

describe('journaled store', () => {
  it('writes a base first, then only a journal of the few records that changed', async () => {
    const file = await storeIn()
    await writeStore(file, 'h1', await readStore(file, 'h1', ['a']), { a: records(200) })
    const base = await readFile(file, 'utf8')

    const state = await readStore<{ value: string }>(file, 'h1', ['a'])
    const next = new Map(Object.entries(state.sections.a!))
    next.set('k3', { value: 'changed' })
    next.delete('k7')
    next.set('new', { value: 'added' })
    await writeStore(file, 'h1', state, { a: next })

    expect(await readFile(file, 'utf8')).toBe(base)
    const journal = JSON.parse(await readFile(`${file}.journal`, 'utf8'))
    expect(journal.sections.a).toEqual({ k3: { value: 'changed' }, k7: null, new: { value: 'added' } })
    const read = (await readStore<{ value: string }>(file, 'h1', ['a'])).sections.a!
    expect(read.k3).toEqual({ value: 'changed' })
    expect(read.k7).toBeUndefined()
    expect(read.new).toEqual({ value: 'added' })
    expect(Object.keys(read)).toHaveLength(200)
  })

  it('writes nothing when nothing changed, and carries an earlier journal on', async () => {
    const file = await storeIn()
    await writeStore(file, 'h', await readStore(file, 'h', ['a']), { a: records(100) })
    let state = await readStore<{ value: string }>(file, 'h', ['a'])
    await writeStore(file, 'h', state, { a: new Map(Object.entries(state.sections.a!)) })
    expect(existsSync(`${file}.journal`)).toBe(false)

    const first = new Map(Object.entries(state.sections.a!)).set('k1', { value: 'one' })
    await writeStore(file, 'h', state, { a: first })
    state = await readStore<{ value: string }>(file, 'h', ['a'])
    await writeStore(file, 'h', state, {
      a: new Map(Object.entries(state.sections.a!)).set('k2', { value: 'two' }),
    })
    const read = (await readStore<{ value: string }>(file, 'h', ['a'])).sections.a!
    expect([read.k1, read.k2, read.k3]).toEqual([{ value: 'one' }, { value: 'two' }, { value: 'v3' }])
  })

  it('folds a long journal into a new base', async () => {
    const file = await storeIn()
    await writeStore(file, 'h', await readStore(file, 'h', ['a']), { a: records(100) })
    const state = await readStore<{ value: string }>(file, 'h', ['a'])
    await writeStore(file, 'h', state, { a: records(100, 'w') })
    expect(existsSync(`${file}.journal`)).toBe(false)
    expect((await readStore<{ value: string }>(file, 'h', ['a'])).sections.a!.k5).toEqual({ value: 'w5' })
  })

  it('ignores a journal of another base, a corrupt one, and a base of another header', async () => {
    const file = await storeIn()
    await writeStore(file, 'h', await readStore(file, 'h', ['a']), { a: records(100) })
    const state = await readStore<{ value: string }>(file, 'h', ['a'])
    await writeStore(file, 'h', state, {
      a: new Map(Object.entries(state.sections.a!)).set('k1', { value: 'x' }),
    })
    const journal = JSON.parse(await readFile(`${file}.journal`, 'utf8'))

    await writeFile(`${file}.journal`, JSON.stringify({ ...journal, base: 'another' }))
    expect((await readStore<{ value: string }>(file, 'h', ['a'])).sections.a!.k1).toEqual({ value: 'v1' })
    await writeFile(`${file}.journal`, '{"header": "h", "ba')
    expect((await readStore<{ value: string }>(file, 'h', ['a'])).sections.a!.k1).toEqual({ value: 'v1' })
    expect((await readStore(file, 'other', ['a'])).sections.a).toEqual({})
  })

  it('hands a re-read in the same process what it saved, and reads the file again once another process wrote it', async () => {
    const file = await storeIn()
    await writeStore(file, 'h1', await readStore(file, 'h1', ['a']), { a: records(100) })
    const state = await readStore<{ value: string }>(file, 'h1', ['a'])
    const next = new Map(Object.entries(state.sections.a!))
    next.set('k1', { value: 'mine' })
    await writeStore(file, 'h1', state, { a: next })
    const again = await readStore<{ value: string }>(file, 'h1', ['a'])
    expect(again.sections.a!.k1).toEqual({ value: 'mine' })
    // The very records saved: a save after it finds nothing changed and writes nothing.
    expect(again.sections.a!.k1).toBe(next.get('k1'))
    const journal = await readFile(`${file}.journal`, 'utf8')
    await writeStore(file, 'h1', again, { a: new Map(Object.entries(again.sections.a!)) })
    expect(await readFile(`${file}.journal`, 'utf8')).toBe(journal)

    // Another process replaces the base (a new inode, as its atomic write makes): read from disk.
    const other = JSON.parse(await readFile(file, 'utf8'))
    other.sections.a = { only: { value: 'theirs' } }
    other.id = 'a base of another process'
    await writeFile(`${file}.tmp`, JSON.stringify(other))
    await rename(`${file}.tmp`, file)
    const theirs = await readStore<{ value: string }>(file, 'h1', ['a'])
    expect(Object.keys(theirs.sections.a!)).toEqual(['only'])
  })
})
