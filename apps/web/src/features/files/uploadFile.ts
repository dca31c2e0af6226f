import { FILES_PATH, FileErrorCode, isFileErrorCode, type UploadedFile } from '@cop/contracts';

/** Why an upload failed: the api's code, or what happened on the way. */
export type UploadErrorCode =
  | FileErrorCode
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_REQUEST'
  | 'NETWORK'
  | 'ABORTED'
  | 'INTERNAL';

export class UploadError extends Error {
  readonly code: UploadErrorCode;
  /** FILE_TOO_LARGE: the limit in bytes. */
  readonly limit?: number;

  constructor(code: UploadErrorCode, message: string = code, limit?: number) {
    super(message);
    this.name = 'UploadError';
    this.code = code;
    this.limit = limit;
  }
}

export interface UploadOptions {
  /** Where to send it: `FILES_PATH` (attachments) unless another upload route is named. */
  url?: string;
  /** Bytes sent so far of the whole request (a little more than the file). */
  onProgress?: (loaded: number, total: number) => void;
  /** Aborting rejects with ABORTED and stops sending. */
  signal?: AbortSignal;
}

const CODE_OF_STATUS: Record<number, UploadErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  413: FileErrorCode.FILE_TOO_LARGE,
  415: FileErrorCode.FILE_TYPE_NOT_ALLOWED,
  429: 'RATE_LIMITED',
};

const PASSED_THROUGH = new Set<string>(['RATE_LIMITED', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_REQUEST']);

function errorFrom(status: number, text: string): UploadError {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): the status decides.
  }
  const code: UploadErrorCode =
    isFileErrorCode(body.code) || (typeof body.code === 'string' && PASSED_THROUGH.has(body.code))
      ? (body.code as UploadErrorCode)
      : (CODE_OF_STATUS[status] ?? 'INTERNAL');
  const message = typeof body.message === 'string' ? body.message : code;
  return new UploadError(code, message, typeof body.limit === 'number' ? body.limit : undefined);
}

/**
 * Uploads one file to the api (`POST /api/files` unless `url` names another upload route, such as
 * a JIT workspace's evidence files; multipart field `file`, header `X-CSRF: 1`, the session
 * cookie). XMLHttpRequest rather than fetch: only it reports upload progress. Resolves to the
 * stored file, or rejects with an UploadError carrying the api's code.
 */
export function uploadFile(
  file: File,
  { url = FILES_PATH, onProgress, signal }: UploadOptions = {},
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UploadError('ABORTED'));
      return;
    }
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const settle = () => signal?.removeEventListener('abort', abort);

    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('X-CSRF', '1');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    });
    xhr.addEventListener('load', () => {
      settle();
      if (xhr.status === 201 || xhr.status === 200) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadedFile);
        } catch {
          reject(new UploadError('INTERNAL'));
        }
        return;
      }
      reject(errorFrom(xhr.status, xhr.responseText));
    });
    xhr.addEventListener('error', () => {
      settle();
      reject(new UploadError('NETWORK'));
    });
    xhr.addEventListener('timeout', () => {
      settle();
      reject(new UploadError('NETWORK'));
    });
    xhr.addEventListener('abort', () => {
      settle();
      reject(new UploadError('ABORTED'));
    });
    signal?.addEventListener('abort', abort);

    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
