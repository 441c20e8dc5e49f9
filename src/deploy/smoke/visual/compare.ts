/**
 * Two screenshots compared pixel by pixel (pixelmatch over PNGs decoded by pngjs): how many
 * pixels differ, their share, and a diff image with them in red. Pure: bytes in, bytes out.
 */
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

/** The verdict on one pair of images. */
export interface ImageDiff {
  width: number
  height: number
  differentPixels: number
  /** differentPixels over all pixels, 0..1. */
  share: number
  /** The diff as a PNG: differing pixels red over a faded copy of the "after" image. */
  diffPng: Buffer
  /** The two images had different sizes; the missing area counts as different. */
  sizeChanged: boolean
}

/**
 * Compares `before` and `after` (PNG bytes).
 * @param pixelThreshold pixelmatch's per-pixel sensitivity, 0..1
 */
export function compareImages(before: Buffer, after: Buffer, pixelThreshold: number): ImageDiff {
  const a = PNG.sync.read(before)
  const b = PNG.sync.read(after)
  const width = Math.max(a.width, b.width)
  const height = Math.max(a.height, b.height)
  const diff = new PNG({ width, height })
  const differentPixels = pixelmatch(
    padded(a, width, height),
    padded(b, width, height),
    diff.data,
    width,
    height,
    { threshold: pixelThreshold },
  )
  return {
    width,
    height,
    differentPixels,
    share: differentPixels / (width * height),
    diffPng: PNG.sync.write(diff),
    sizeChanged: a.width !== b.width || a.height !== b.height,
  }
}

/** The image's pixels on a canvas of the given size; the added area is opaque magenta, never a match. */
function padded(image: PNG, width: number, height: number): Uint8Array {
  if (image.width === width && image.height === height) return image.data
  const out = new Uint8Array(width * height * 4)
  for (let i = 0; i < out.length; i += 4) out.set([255, 0, 255, 255], i)
  for (let y = 0; y < image.height; y++) {
    const row = image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4)
    out.set(row, y * width * 4)
  }
  return out
}
