import { ErrorCode, FileErrorCode } from '@cop/contracts';
import { AppError } from '../common/errors/app-error.js';
import { badInput } from '../common/validation/validation.pipe.js';

const MIB = 1024 * 1024;

/**
 * A refused upload. Through GraphQL or another domain it is a BAD_USER_INPUT on the field `file`;
 * the files routes answer it as `{ code: FILE_…, message, …params }` with its own HTTP status (see
 * FileErrorFilter).
 */
export class FileError extends AppError {
  constructor(
    readonly fileCode: FileErrorCode,
    readonly httpStatus: number,
    message: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, {
      fields: [{ field: 'file', code: fileCode, message, params }],
    });
    this.name = 'FileError';
  }

  /** The JSON body of the files routes. */
  toBody(): Record<string, unknown> {
    return { code: this.fileCode, message: this.message, ...this.params };
  }
}

export const fileTooLarge = (limit: number) =>
  new FileError(
    FileErrorCode.FILE_TOO_LARGE,
    413,
    `The file is larger than ${Math.floor((limit / MIB) * 10) / 10} MB.`,
    { limit },
  );

export const fileTypeNotAllowed = () =>
  new FileError(
    FileErrorCode.FILE_TYPE_NOT_ALLOWED,
    415,
    'This kind of file cannot be attached. Use PDF, an image (PNG, JPEG, GIF, WebP), an Office or OpenDocument file, ZIP, or plain text (.txt, .csv, .md).',
  );

export const fileMissing = (message = 'Choose a file to upload (multipart field "file").') =>
  new FileError(FileErrorCode.FILE_MISSING, 400, message);

/** One message whatever the reason: not the caller's upload, attached already, expired or unknown. */
export const attachmentUnavailable = (ids: string[]) =>
  badInput(
    [
      {
        field: 'attachments',
        code: FileErrorCode.ATTACHMENT_UNAVAILABLE,
        message: 'A file can no longer be attached: upload it again.',
        params: { ids },
      },
    ],
    'A file can no longer be attached: upload it again.',
  );
