import { useEffect, useRef, useState } from 'react';
import { FILES_PATH, type E2eFileRef } from '@cop/contracts';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { downloadEncrypted, isInlineImage } from '../lib/files';
import '../../files/components/AttachmentList.css';

type Loaded =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; url: string }
  | { status: 'failed'; reason: 'network' | 'hash-mismatch' | 'tampered' | 'malformed' };

function urlOf(ref: E2eFileRef): string {
  return `${FILES_PATH}/${encodeURIComponent(ref.id)}`;
}

/** Downloads and decrypts one attachment into an object URL (revoked when no longer shown). */
function useDecrypted(ref: E2eFileRef, wanted: boolean): [Loaded, () => void] {
  const [attempt, setAttempt] = useState(0);
  const key = `${ref.id}:${attempt}`;
  const [result, setResult] = useState<{ key: string; loaded: Loaded } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    let url: string | null = null;
    void downloadEncrypted(urlOf(ref), ref, controller.signal).then((opened) => {
      if (controller.signal.aborted) return;
      if (!opened.ok) {
        setResult({ key, loaded: { status: 'failed', reason: opened.reason } });
        return;
      }
      // Images carry their declared type (one of a few trusted ones); anything else downloads.
      const type = isInlineImage(ref) ? ref.type : 'application/octet-stream';
      url = URL.createObjectURL(new Blob([opened.bytes as Uint8Array<ArrayBuffer>], { type }));
      setResult({ key, loaded: { status: 'ready', url } });
    });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [ref, wanted, key]);
  const loaded: Loaded = !wanted
    ? { status: 'idle' }
    : result?.key === key
      ? result.loaded
      : { status: 'loading' };
  return [loaded, () => setAttempt((value) => value + 1)];
}

/**
 * The attachments of an end-to-end encrypted message: each is downloaded as ciphertext, checked
 * against its SHA-256 and decrypted in the browser. Images show inline once decrypted; other files
 * are decrypted when the reader asks for them. A file that fails its check is never shown.
 */
export function EncryptedAttachmentList({ files }: { files: readonly E2eFileRef[] }) {
  const { t } = useTranslation('files');
  if (files.length === 0) return null;
  return (
    <ul className="files-list" aria-label={t('listLabel')}>
      {files.map((file) => (
        <EncryptedAttachment key={file.id} file={file} />
      ))}
    </ul>
  );
}

function EncryptedAttachment({ file }: { file: E2eFileRef }) {
  const { t, i18n } = useTranslation('messaging');
  const language = currentLanguage(i18n);
  const image = isInlineImage(file);
  const [requested, setRequested] = useState(image);
  const [loaded, retry] = useDecrypted(file, requested);
  const saveWhenReady = useRef(false);

  // A file asked for by its button downloads as soon as it is decrypted.
  useEffect(() => {
    if (!saveWhenReady.current || loaded.status !== 'ready') return;
    saveWhenReady.current = false;
    const link = document.createElement('a');
    link.href = loaded.url;
    link.download = file.name;
    link.click();
  }, [loaded, file.name]);

  const size = formatBytes(file.size, language);
  return (
    <li className="files-list__item" data-status={loaded.status}>
      {image && loaded.status === 'ready' && (
        <a
          className="files-list__thumb"
          href={loaded.url}
          download={file.name}
          tabIndex={-1}
          aria-hidden="true"
        >
          <img src={loaded.url} alt={file.name} decoding="async" />
        </a>
      )}
      <span className="files-list__text">
        {loaded.status === 'ready' ? (
          <a className="files-list__link" href={loaded.url} download={file.name}>
            <bdi dir="auto">{file.name}</bdi>
          </a>
        ) : (
          <button
            type="button"
            className="files-list__link messaging-action"
            disabled={loaded.status === 'loading'}
            onClick={() => {
              saveWhenReady.current = true;
              if (loaded.status === 'failed') retry();
              else setRequested(true);
            }}
          >
            <bdi dir="auto">{file.name}</bdi>
          </button>
        )}{' '}
        <span className="files-list__size">{size}</span>
        {loaded.status === 'loading' && <span className="files-list__size"> · {t('e2e.fileOpening')}</span>}
        {loaded.status === 'failed' && (
          <span className="messaging-message__warning" role="note">
            {' '}
            {loaded.reason === 'network' ? t('e2e.fileNetwork') : t('e2e.fileTampered')}
          </span>
        )}
      </span>
    </li>
  );
}
