/**
 * Attachments as api and web both see them. The api sniffs the type from the bytes; the file name's
 * extension is only a hint for the browser's file chooser and for plain text (which has no magic
 * number).
 */

/** Default of the api's FILE_MAX_BYTES (25 MiB); the web checks it before sending. */
export const DEFAULT_FILE_MAX_BYTES = 25 * 1024 * 1024;

/** The REST route uploads go to (multipart field `file`, header `X-CSRF: 1`). */
export const FILES_PATH = '/api/files';

/**
 * Where an end-to-end encrypted attachment is uploaded: the ciphertext the browser made with
 * `encryptFile` (libs/crypto), same multipart field, header, size limit, rate and answer as
 * FILES_PATH. Ciphertext has no type to sniff: it is stored as `encrypted.bin`,
 * `application/octet-stream`, without a preview, and may only be attached to an `e2e-v1` message
 * (which in turn only takes such uploads). Downloaded from FILES_PATH/<id> like any attachment.
 */
export const FILES_ENCRYPTED_PATH = '/api/files/encrypted';

/**
 * Default of the api's JIT_EVIDENCE_MAX_BYTES (2 GiB): evidence files are streamed to storage, not
 * held in memory, so they may be far larger than attachments. The web checks it before sending.
 */
export const DEFAULT_JIT_EVIDENCE_MAX_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Where a JIT workspace's evidence files are uploaded (streamed; same multipart field, header and
 * answer as FILES_PATH). The answer's id is then given to `createJitEvidence`.
 */
export const jitEvidenceFilesPath = (workspaceId: string) =>
  `/api/jit/workspaces/${encodeURIComponent(workspaceId)}/evidence-files`;

/** What the upload route answers with status 201. */
export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  hasPreview: boolean;
}

/** Codes of the file routes' errors, answered as `{ code, message, limit? }`. */
export const FileErrorCode = {
  /** 413, with `limit` (bytes). */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** 415: the content is not one of the accepted kinds, whatever its name says. */
  FILE_TYPE_NOT_ALLOWED: 'FILE_TYPE_NOT_ALLOWED',
  /** 400: no `file` part in the request. */
  FILE_MISSING: 'FILE_MISSING',
  /** Field code (field `attachments`) when a file cannot be attached: not the caller's, or already used. */
  ATTACHMENT_UNAVAILABLE: 'ATTACHMENT_UNAVAILABLE',
} as const;

export type FileErrorCode = (typeof FileErrorCode)[keyof typeof FileErrorCode];

export function isFileErrorCode(value: unknown): value is FileErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FileErrorCode, value);
}

/** File name endings the chooser offers (the `accept` attribute); the api decides by content. */
export const ATTACHMENT_EXTENSIONS: readonly string[] = [
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.doc',
  '.xls',
  '.zip',
  '.txt',
  '.csv',
  '.md',
];
