/** The verdict on one pair of images. */
export interface ImageDiff {
    width: number;
    height: number;
    differentPixels: number;
    /** differentPixels over all pixels, 0..1. */
    share: number;
    /** The diff as a PNG: differing pixels red over a faded copy of the "after" image. */
    diffPng: Buffer;
    /** The two images had different sizes; the missing area counts as different. */
    sizeChanged: boolean;
}
/**
 * Compares `before` and `after` (PNG bytes).
 * @param pixelThreshold pixelmatch's per-pixel sensitivity, 0..1
 */
export declare function compareImages(before: Buffer, after: Buffer, pixelThreshold: number): ImageDiff;
