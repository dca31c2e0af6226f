/**
 * Attachments of end-to-end encrypted messages: the browser encrypts each chosen file with a key of
 * its own (`encryptFile`), uploads only the ciphertext (`FILES_ENCRYPTED_PATH`, named
 * `encrypted.bin`), and the message's sealed content carries the name, type, size and key. The api
 * cannot look inside, so the allow-list of types is applied here, before encrypting; readers show
 * only images of a few well-known types inline, everything else as a download.
 */
import { ATTACHMENT_EXTENSIONS, FileErrorCode, type E2eFileRef } from '@cop/contracts';
import { decryptFile, encryptFile, type DecryptFileResult } from '@cop/crypto';
import { UploadError } from '../../files/uploadFile';

/** Image types shown inline once decrypted (by extension: a browser's `file.type` can be empty). */
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

export const ENCRYPTED_UPLOAD_NAME = 'encrypted.bin';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** Whether a decrypted attachment may be shown as an image (its declared type is one we trust). */
export function isInlineImage(ref: Pick<E2eFileRef, 'name' | 'type'>): boolean {
  return IMAGE_TYPES[extensionOf(ref.name)] === ref.type;
}

/** The type the content declares for a file: from its extension for images, else the browser's. */
export function declaredType(file: Pick<File, 'name' | 'type'>): string {
  return IMAGE_TYPES[extensionOf(file.name)] ?? (file.type || 'application/octet-stream');
}

/**
 * Encrypts a chosen file: what to upload, and the content's reference to it (its `id` is the
 * upload's, known once uploaded). Rejects with FILE_TYPE_NOT_ALLOWED for an extension outside the
 * attachments' allow-list.
 */
export async function encryptForUpload(file: File): Promise<{ upload: File; ref: Omit<E2eFileRef, 'id'> }> {
  if (!ATTACHMENT_EXTENSIONS.includes(extensionOf(file.name))) {
    throw new UploadError(FileErrorCode.FILE_TYPE_NOT_ALLOWED);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { ciphertext, key, n, sha256 } = encryptFile(bytes);
  bytes.fill(0);
  const upload = new File([ciphertext as Uint8Array<ArrayBuffer>], ENCRYPTED_UPLOAD_NAME, {
    type: 'application/octet-stream',
  });
  return { upload, ref: { name: file.name, type: declaredType(file), size: file.size, key, n, sha256 } };
}

/** Downloads an encrypted attachment and opens it; `network` when the download failed. */
export async function downloadEncrypted(
  url: string,
  ref: E2eFileRef,
  signal?: AbortSignal,
): Promise<DecryptFileResult | { ok: false; reason: 'network' }> {
  let buffer: ArrayBuffer;
  try {
    const response = await fetch(url, { credentials: 'same-origin', signal });
    if (!response.ok) return { ok: false, reason: 'network' };
    buffer = await response.arrayBuffer();
  } catch {
    return { ok: false, reason: 'network' };
  }
  return decryptFile(new Uint8Array(buffer), ref);
}
