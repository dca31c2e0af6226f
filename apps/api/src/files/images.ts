import sharp from 'sharp';

/** Image formats accepted for photos, recognised from the bytes (never the file name). */
const ACCEPTED = new Set(['jpeg', 'png', 'webp']);
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

export type ImageProblem = 'notAnImage' | 'unsupportedImage' | 'imageTooLarge';

/**
 * Re-encodes an uploaded photo: type sniffed from content, at most 20 megapixels, resized to fit
 * 512×512, EXIF/GPS and every other metadata dropped, written as WebP.
 */
export async function normalisePhoto(
  input: Buffer,
): Promise<{ ok: true; data: Buffer } | { ok: false; problem: ImageProblem }> {
  if (input.length > PHOTO_MAX_BYTES) return { ok: false, problem: 'imageTooLarge' };
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: 20_000_000 }).metadata()).format;
  } catch {
    return { ok: false, problem: 'notAnImage' };
  }
  if (!format || !ACCEPTED.has(format)) return { ok: false, problem: 'unsupportedImage' };
  const data = await sharp(input, { limitInputPixels: 20_000_000 })
    .rotate()
    .resize(512, 512, { fit: 'cover' })
    .webp({ quality: 82 })
    .toBuffer();
  return { ok: true, data };
}

/** Longest side of an attachment's preview. */
export const PREVIEW_MAX_PX = 480;

/**
 * A small WebP of an attached image: first frame, turned upright, fitted within 480×480 (never
 * enlarged), without EXIF/GPS or any other metadata. Null when the image cannot be decoded (the
 * file is still accepted, without a preview). `input` is the bytes or the path of a file.
 */
export async function makePreview(input: Buffer | string): Promise<Buffer | null> {
  try {
    return await sharp(input, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(PREVIEW_MAX_PX, PREVIEW_MAX_PX, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
  } catch {
    return null;
  }
}
