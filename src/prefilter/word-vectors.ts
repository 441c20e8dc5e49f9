/**
 * Word vectors: a word -> direction table that tells "private" is near "privacy" and "nomads" near
 * "travellers", where stems and synonym lists see nothing in common. The built-in table is a
 * distilled slice of GloVe 100-d vectors quantized to 4 bits (the 10,000 most frequent words; see
 * vectors/README.md); an app can pass its own table.
 */
import * as GLOVE_10K from './vectors/glove-10k.js'

/** A table of word directions; vectors need not be normalised (only cosines are used). */
export interface WordVectors {
  readonly dimensions: number
  /** The vector of a lower-case word, or undefined when the table does not know it. */
  vector(word: string): ArrayLike<number> | undefined
  /** How much a word says, 0..1 (rare words more than common ones); 1 when unknown to the table. */
  weight(word: string): number
}

/**
 * A table over a word list and one flat int8 array, `dimensions` values per word in list order.
 * @param words the words, most frequent first (the order of their rows)
 * @param data the rows, concatenated
 */
export function tableVectors(words: readonly string[], data: Int8Array, dimensions: number): WordVectors {
  const rows = new Map<string, number>()
  words.forEach((w, i) => {
    if (!rows.has(w)) rows.set(w, i)
  })
  // Rows come in order of frequency in general English: the rank is a free rarity prior.
  const scale = Math.log(10 + words.length)
  return {
    dimensions,
    vector(word) {
      const row = rows.get(word)
      return row === undefined ? undefined : data.subarray(row * dimensions, (row + 1) * dimensions)
    },
    weight(word) {
      const row = rows.get(word)
      return row === undefined ? 1 : Math.log(10 + row) / scale
    },
  }
}

/** A generated table module's exports (see bench/prefilter/distil-vectors.ts). */
export interface TableModule {
  DIMENSIONS: number
  /** 4: two signed 4-bit values a byte, low nibble first; absent: one int8 value a byte. */
  BITS?: number
  WORDS: string
  ROWS: string
}

/** The table of a generated module: space-separated words and base64 int8 rows. */
export function decodeTable(table: TableModule): WordVectors {
  const bytes = Buffer.from(table.ROWS, 'base64')
  const data =
    table.BITS === 4 ? unpackNibbles(bytes) : new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
  return tableVectors(table.WORDS.split(' '), data, table.DIMENSIONS)
}

/** Signed 4-bit values, two a byte (low nibble first), as one int8 each. */
export function unpackNibbles(bytes: Uint8Array): Int8Array {
  const out = new Int8Array(bytes.length * 2)
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    out[2 * i] = ((b & 0x0f) << 28) >> 28
    out[2 * i + 1] = (b << 24) >> 28
  }
  return out
}

let builtIn: WordVectors | undefined

/** The built-in table, decoded once per process on first use. */
export function builtInVectors(): WordVectors {
  builtIn ??= decodeTable(GLOVE_10K)
  return builtIn
}
