import {
  ATTACHMENT_EXTENSIONS,
  DEFAULT_FILE_MAX_BYTES,
  FileErrorCode,
  type UploadedFile,
} from '@cop/contracts';
import { useEffect, useEffectEvent, useId, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { UploadError, uploadFile, type UploadErrorCode } from '../uploadFile';
import './AttachmentPicker.css';

type ItemState =
  | { status: 'uploading'; loaded: number; total: number }
  | { status: 'done'; uploaded: UploadedFile }
  | { status: 'failed'; code: UploadErrorCode; limit?: number };

interface Item {
  key: number;
  file: File;
  state: ItemState;
}

/** Errors worth another try: the same file may go through later. */
const RETRYABLE = new Set<UploadErrorCode>(['NETWORK', 'RATE_LIMITED', 'INTERNAL', 'BAD_REQUEST']);

export interface AttachmentPickerProps {
  /** Ids of the finished uploads the form will send. */
  value: readonly string[];
  /** Called with the ids of the finished uploads, whenever one finishes or is removed. */
  onChange: (ids: string[]) => void;
  /** Told whether uploads are still running, so a form can wait before submitting. */
  onBusyChange?: (busy: boolean) => void;
  /** The api's FILE_MAX_BYTES; larger files are refused here, before sending. */
  maxBytes?: number;
  /** How many files the form takes. */
  maxFiles?: number;
  disabled?: boolean;
  /** Text of the button that opens the file chooser; "Attach files" by default. */
  label?: string;
  /** The upload route (`uploadFile`'s `url`); attachments' `/api/files` by default. */
  uploadUrl?: string;
  /** Text under the button instead of the default "Up to … files of … each" hint. */
  hint?: string;
  /**
   * Turns a chosen file into what is uploaded (end-to-end encryption: the ciphertext); may reject
   * with an UploadError (a type that is not allowed). Progress and size stay the chosen file's.
   */
  transform?: (file: File) => Promise<File>;
  /** Told of each finished upload with the file chosen and the one uploaded (after `transform`). */
  onUploaded?: (uploaded: UploadedFile, chosen: File, sent: File) => void;
}

/**
 * "Attach files": each chosen file is uploaded at once, listed with its progress, size, a remove
 * button and, if it fails, a translated reason (with retry when another try can help). The form
 * receives only the ids of finished uploads; files stay unattached until the form is submitted.
 */
export function AttachmentPicker({
  value,
  onChange,
  onBusyChange,
  maxBytes = DEFAULT_FILE_MAX_BYTES,
  maxFiles = 10,
  disabled = false,
  label,
  uploadUrl,
  hint,
  transform,
  onUploaded,
}: AttachmentPickerProps) {
  const { t, i18n } = useTranslation('files');
  const language = currentLanguage(i18n);
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [tooMany, setTooMany] = useState(false);
  const nextKey = useRef(0);
  const controllers = useRef(new Map<number, AbortController>());
  // The ids as last reported, so uploads finishing in the same tick each add to the others.
  const ids = useRef<readonly string[]>(value);
  useLayoutEffect(() => {
    ids.current = value;
  }, [value]);

  // A finished upload the form dropped (a reset after sending) is no longer shown.
  const shown = items.filter(
    (item) => item.state.status !== 'done' || value.includes(item.state.uploaded.id),
  );
  const busy = items.some((item) => item.state.status === 'uploading');

  const reportBusy = useEffectEvent((running: boolean) => onBusyChange?.(running));
  useEffect(() => reportBusy(busy), [busy]);

  // Uploads still running when the picker goes away are stopped.
  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  function report(next: readonly string[]) {
    ids.current = next;
    onChange([...next]);
  }

  function update(key: number, state: ItemState) {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, state } : item)));
  }

  function start(key: number, file: File) {
    if (file.size > maxBytes) {
      update(key, { status: 'failed', code: FileErrorCode.FILE_TOO_LARGE, limit: maxBytes });
      return;
    }
    const controller = new AbortController();
    controllers.current.set(key, controller);
    update(key, { status: 'uploading', loaded: 0, total: file.size });
    let sent = file;
    (transform ? transform(file) : Promise.resolve(file))
      .then((prepared) => {
        sent = prepared;
        if (controller.signal.aborted) throw new UploadError('ABORTED');
        return uploadFile(prepared, {
          url: uploadUrl,
          signal: controller.signal,
          onProgress: (loaded, total) => update(key, { status: 'uploading', loaded, total }),
        });
      })
      .then(
        (uploaded) => {
          controllers.current.delete(key);
          onUploaded?.(uploaded, file, sent);
          update(key, { status: 'done', uploaded });
          report([...ids.current, uploaded.id]);
        },
        (error: unknown) => {
          controllers.current.delete(key);
          if (error instanceof UploadError && error.code === 'ABORTED') return;
          const failure = error instanceof UploadError ? error : new UploadError('INTERNAL');
          update(key, { status: 'failed', code: failure.code, limit: failure.limit });
        },
      );
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    const room = Math.max(0, maxFiles - shown.length);
    setTooMany(chosen.length > room);
    const added = chosen.slice(0, room).map((file) => ({
      key: nextKey.current++,
      file,
      state: { status: 'uploading', loaded: 0, total: file.size } as ItemState,
    }));
    setItems((current) => [...current, ...added]);
    added.forEach((item) => start(item.key, item.file));
  }

  function remove(item: Item) {
    controllers.current.get(item.key)?.abort();
    controllers.current.delete(item.key);
    setItems((current) => current.filter((other) => other.key !== item.key));
    setTooMany(false);
    if (item.state.status === 'done') {
      const id = item.state.uploaded.id;
      report(ids.current.filter((other) => other !== id));
    }
  }

  function message(state: Extract<ItemState, { status: 'failed' }>): string {
    const limit = formatBytes(state.limit ?? maxBytes, language);
    switch (state.code) {
      case FileErrorCode.FILE_TOO_LARGE:
        return t('error.tooLarge', { limit });
      case FileErrorCode.FILE_TYPE_NOT_ALLOWED:
        return t('error.typeNotAllowed');
      case FileErrorCode.FILE_MISSING:
        return t('error.empty');
      case 'NETWORK':
        return t('error.network');
      case 'RATE_LIMITED':
        return t('error.rateLimited');
      case 'UNAUTHENTICATED':
        return t('error.signedOut');
      default:
        return t('error.failed');
    }
  }

  const uploading = shown.filter((item) => item.state.status === 'uploading').length;

  return (
    <div className="files-picker">
      <input
        ref={inputRef}
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept={ATTACHMENT_EXTENSIONS.join(',')}
        tabIndex={-1}
        aria-hidden="true"
        disabled={disabled}
        onChange={choose}
        data-testid="attachment-input"
      />
      <div className="files-picker__bar">
        <Button
          variant="secondary"
          aria-describedby={hintId}
          disabled={disabled || shown.length >= maxFiles}
          onClick={() => inputRef.current?.click()}
        >
          {label ?? t('attach')}
        </Button>
        <p id={hintId} className="files-picker__hint">
          {hint ?? t('hint', { limit: formatBytes(maxBytes, language), max: maxFiles })}
        </p>
      </div>
      {tooMany && (
        <p className="files-picker__problem" role="alert">
          {t('tooMany', { max: maxFiles })}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="files-picker__list" aria-label={t('chosen')}>
          {shown.map((item) => {
            const name = item.file.name;
            const { state } = item;
            return (
              <li key={item.key} className="files-picker__item" data-status={state.status}>
                <div className="files-picker__line">
                  <span className="files-picker__name" dir="auto">
                    <bdi>{name}</bdi>
                  </span>
                  <span className="files-picker__size">{formatBytes(item.file.size, language)}</span>
                  <span className="files-picker__actions">
                    {state.status === 'failed' && RETRYABLE.has(state.code) && (
                      <Button
                        variant="secondary"
                        className="files-picker__action"
                        aria-label={t('retryNamed', { name })}
                        onClick={() => start(item.key, item.file)}
                      >
                        {t('retry')}
                      </Button>
                    )}
                    <Button
                      variant="secondary"
                      className="files-picker__action"
                      aria-label={t('removeNamed', { name })}
                      onClick={() => remove(item)}
                    >
                      {t('remove')}
                    </Button>
                  </span>
                </div>
                {state.status === 'uploading' && (
                  <progress
                    className="files-picker__progress"
                    max={Math.max(state.total, 1)}
                    value={Math.min(state.loaded, state.total)}
                    aria-label={t('progress', { name })}
                  />
                )}
                {state.status === 'done' && <p className="files-picker__done">{t('uploaded')}</p>}
                {state.status === 'failed' && (
                  <p className="files-picker__problem" role="alert">
                    {message(state)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {uploading > 0 ? t('uploadingCount', { n: uploading }) : ''}
      </p>
    </div>
  );
}
