import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DISCUSSION_LIMITS } from '@cop/contracts';
import type { MentionCandidatesQuery } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { cx } from '../../../ui/cx';
import { FormField } from '../../../ui/FormField';
import { TextArea } from '../../../ui/TextArea';
import { Avatar } from '../../identity/components/Avatar';
import { AttachmentPicker } from '../../files/components/AttachmentPicker';
import { MentionCandidatesQuery as MentionCandidates } from '../graphql/threads';
import { loadMarkdown, useMarkdown } from '../lib/markdown';
import { LinkIcon, ListIcon, QuoteIcon } from './Icons';

type Candidate = MentionCandidatesQuery['mentionCandidates'][number];

/** Typing after "@" settles for this long before members are looked up. */
export const MENTION_DEBOUNCE_MS = 200;

/** "@" then a name (one or two words) just before the caret: the mention being typed. */
const MENTION_AT_CARET = /(?:^|[\s(])@([\p{L}\p{M}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+)?)$/u;

interface Mention {
  /** Index of the "@". */
  start: number;
  query: string;
}

export function mentionAtCaret(text: string, caret: number): Mention | null {
  const before = text.slice(0, caret);
  const match = MENTION_AT_CARET.exec(before.slice(-64));
  const query = match?.[1];
  if (!query) return null;
  return { start: caret - query.length - 1, query };
}

type Format = 'bold' | 'italic' | 'quote' | 'link' | 'list';
const FORMATS: readonly Format[] = ['bold', 'italic', 'quote', 'link', 'list'];
const GLYPHS: Record<Format, ReactNode> = {
  bold: 'B',
  italic: 'I',
  quote: <QuoteIcon />,
  link: <LinkIcon />,
  list: <ListIcon />,
};

interface Edit {
  text: string;
  selection: [number, number];
}

/** Markdown for a toolbar button, around or in front of the selection. */
export function applyFormat(text: string, start: number, end: number, format: Format, sample: string): Edit {
  const selected = text.slice(start, end);
  const wrap = (before: string, after: string): Edit => {
    const inner = selected || sample;
    const next = text.slice(0, start) + before + inner + after + text.slice(end);
    return { text: next, selection: [start + before.length, start + before.length + inner.length] };
  };
  switch (format) {
    case 'bold':
      return wrap('**', '**');
    case 'italic':
      return wrap('_', '_');
    case 'link': {
      const label = selected || sample;
      const url = 'https://';
      const inserted = `[${label}](${url})`;
      const next = text.slice(0, start) + inserted + text.slice(end);
      const urlStart = start + label.length + 3;
      return selected
        ? { text: next, selection: [urlStart, urlStart + url.length] }
        : { text: next, selection: [start + 1, start + 1 + label.length] };
    }
    case 'quote':
    case 'list': {
      const prefix = format === 'quote' ? '> ' : '- ';
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const nextBreak = text.indexOf('\n', end);
      const lineEnd = nextBreak === -1 ? text.length : nextBreak;
      const lines = text.slice(lineStart, lineEnd).split('\n');
      const block = lines.map((line) => prefix + line).join('\n');
      const next = text.slice(0, lineStart) + block + text.slice(lineEnd);
      return { text: next, selection: [lineStart + block.length, lineStart + block.length] };
    }
  }
}

export interface ComposerProps {
  /** Names the text field ("Message", "Your reply"). */
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** Whom @mentions may name: members who can see this thread or category; none when null. */
  mentionScope: { threadId: string } | { categoryId: string } | null;
  /** The server's (or the form's) message for the text. */
  error?: string;
  /** Attachments; without `onAttachmentsChange` the composer offers none (JIT notes). */
  attachmentIds?: string[];
  onAttachmentsChange?: (ids: string[]) => void;
  onUploadingChange?: (uploading: boolean) => void;
  attachmentsError?: string;
  /** The longest text allowed (for the counter); a post's limit by default. */
  maxLength?: number;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  rows?: number;
}

/**
 * Writing a post: Markdown with a Write/Preview switch (the preview is the renderer the server
 * stores with, sanitized), a small formatting toolbar, @mention suggestions (a combobox: arrows,
 * Enter, Escape), attachments and a character counter.
 */
export function Composer({
  label,
  hint,
  value,
  onChange,
  mentionScope,
  error,
  attachmentIds,
  onAttachmentsChange,
  onUploadingChange,
  attachmentsError,
  textareaRef,
  rows = 8,
  maxLength = DISCUSSION_LIMITS.bodyMax,
}: ComposerProps) {
  const { t, i18n } = useTranslation('discussions');
  const locale = currentLanguage(i18n);
  const ids = {
    write: useId(),
    preview: useId(),
    writePanel: useId(),
    previewPanel: useId(),
    listbox: useId(),
    counter: useId(),
    option: useId(),
  };
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const area = textareaRef ?? ownRef;
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [wanted, setWanted] = useState(false);
  const markdown = useMarkdown(wanted || mode === 'preview');
  const [mention, setMention] = useState<Mention | null>(null);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [term, setTerm] = useState('');
  const [active, setActive] = useState(0);
  const [toolFocus, setToolFocus] = useState(0);
  const selection = useRef<[number, number] | null>(null);
  const latestValue = useRef(value);
  useLayoutEffect(() => {
    latestValue.current = value;
    const pending = selection.current;
    const element = area.current;
    if (pending && element) {
      selection.current = null;
      element.focus();
      element.setSelectionRange(pending[0], pending[1]);
    }
  }, [value, area]);

  // The lookup waits for typing to pause: one request per pause, not per key.
  const query = mention?.query ?? '';
  useEffect(() => {
    const timer = window.setTimeout(() => setTerm(query), query ? MENTION_DEBOUNCE_MS : 0);
    return () => window.clearTimeout(timer);
  }, [query]);

  const [{ data }] = useQuery({
    query: MentionCandidates,
    variables: { query: term, ...(mentionScope ?? {}) },
    pause: !term || !mentionScope,
    requestPolicy: 'cache-first',
  });
  const candidates: readonly Candidate[] = (term && mention && data?.mentionCandidates) || [];
  const open = mode === 'write' && mention !== null && dismissed !== mention.start && candidates.length > 0;
  const activeIndex = Math.min(active, Math.max(0, candidates.length - 1));

  function edit(next: Edit) {
    selection.current = next.selection;
    onChange(next.text);
  }

  function track(element: HTMLTextAreaElement) {
    if (!mentionScope) return;
    const found =
      element.selectionStart === element.selectionEnd
        ? mentionAtCaret(element.value, element.selectionStart)
        : null;
    setMention((current) =>
      current?.start === found?.start && current?.query === found?.query ? current : found,
    );
    if (found?.query !== mention?.query) setActive(0);
    if (found === null || (dismissed !== null && found.start !== dismissed)) setDismissed(null);
  }

  async function choose(candidate: Candidate) {
    if (!mention) return;
    const element = area.current;
    const module = markdown ?? (await loadMarkdown());
    const text = latestValue.current;
    const caret = element ? element.selectionStart : mention.start + mention.query.length + 1;
    const inserted = `${module.mentionMarkdown(candidate.fullName, candidate.id)} `;
    const next = text.slice(0, mention.start) + inserted + text.slice(Math.max(caret, mention.start));
    const at = mention.start + inserted.length;
    setMention(null);
    setTerm('');
    edit({ text: next, selection: [at, at] });
  }

  function format(kind: Format) {
    const element = area.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    edit(applyFormat(value, start, end, kind, t(`composer.sample.${kind}`)));
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + candidates.length) % candidates.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const candidate = candidates[activeIndex];
        if (candidate) {
          event.preventDefault();
          void choose(candidate);
        }
        return;
      }
      if (event.key === 'Escape' && mention) {
        // Closes the suggestions only (not a dialog around the composer).
        event.preventDefault();
        event.stopPropagation();
        setDismissed(mention.start);
        return;
      }
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
      const key = event.key.toLowerCase();
      if (key === 'b' || key === 'i') {
        event.preventDefault();
        format(key === 'b' ? 'bold' : 'italic');
      }
    }
  }

  function moveInGroup<T>(
    event: KeyboardEvent,
    items: readonly T[],
    index: number,
    go: (next: number) => void,
  ) {
    const rtl = document.documentElement.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number | null = null;
    if (event.key === forward) next = (index + 1) % items.length;
    else if (event.key === backward) next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    if (next === null) return;
    event.preventDefault();
    go(next);
  }

  function showMode(next: 'write' | 'preview', focus: boolean) {
    setMode(next);
    if (focus) document.getElementById(next === 'write' ? ids.write : ids.preview)?.focus();
  }

  const length = value.length;
  const over = length > maxLength;
  const number = new Intl.NumberFormat(locale);
  const preview = mode === 'preview' && markdown ? markdown.renderMarkdown(value) : '';
  const modes = ['write', 'preview'] as const;

  return (
    <div className="composer">
      <FormField label={label} hint={hint} error={error}>
        <div className="composer__bar">
          <div className="composer__tabs" role="tablist" aria-label={t('composer.mode')}>
            {modes.map((name, index) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={name === 'write' ? ids.write : ids.preview}
                aria-selected={mode === name}
                aria-controls={name === 'write' ? ids.writePanel : ids.previewPanel}
                tabIndex={mode === name ? 0 : -1}
                className="composer__tab"
                onClick={() => showMode(name, false)}
                onKeyDown={(event) =>
                  moveInGroup(event, modes, index, (next) => showMode(modes[next] ?? 'write', true))
                }
              >
                {t(`composer.${name}`)}
              </button>
            ))}
          </div>
          {mode === 'write' && (
            <div
              className="composer__toolbar"
              role="toolbar"
              aria-label={t('composer.formatting')}
              aria-controls={ids.writePanel}
            >
              {FORMATS.map((kind, index) => (
                <button
                  key={kind}
                  type="button"
                  className={cx('composer__tool', `composer__tool--${kind}`)}
                  aria-label={t(`composer.format.${kind}`)}
                  title={t(`composer.format.${kind}`)}
                  tabIndex={index === toolFocus ? 0 : -1}
                  onFocus={() => setToolFocus(index)}
                  onClick={() => format(kind)}
                  onKeyDown={(event) =>
                    moveInGroup(event, FORMATS, index, (next) => {
                      setToolFocus(next);
                      const buttons = event.currentTarget.parentElement?.querySelectorAll('button');
                      buttons?.[next]?.focus();
                    })
                  }
                >
                  <span aria-hidden="true">{GLYPHS[kind]}</span>
                </button>
              ))}
            </div>
          )}
        </div>
        <div
          className="composer__write"
          role="tabpanel"
          id={ids.writePanel}
          aria-labelledby={ids.write}
          hidden={mode !== 'write'}
        >
          <TextArea
            ref={area}
            name="body"
            dir="auto"
            rows={rows}
            value={value}
            role="combobox"
            aria-autocomplete="list"
            aria-haspopup="listbox"
            aria-expanded={open}
            aria-controls={ids.listbox}
            aria-activedescendant={open ? `${ids.option}-${activeIndex}` : undefined}
            aria-describedby={ids.counter}
            onFocus={() => setWanted(true)}
            onChange={(event) => {
              onChange(event.target.value);
              track(event.target);
            }}
            onSelect={(event: SyntheticEvent<HTMLTextAreaElement>) => track(event.currentTarget)}
            onKeyDown={keyDown}
            onBlur={() => setMention(null)}
          />
          <ul
            id={ids.listbox}
            role="listbox"
            className="composer__mentions"
            aria-label={t('composer.mentionList')}
            hidden={!open}
          >
            {open &&
              candidates.map((candidate, index) => (
                <li
                  key={candidate.id}
                  id={`${ids.option}-${index}`}
                  role="option"
                  aria-selected={index === activeIndex}
                  className="composer__mention"
                  // Keeps the focus (and the caret) in the text while choosing with a pointer.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => void choose(candidate)}
                >
                  <Avatar name={candidate.fullName} photoUrl={candidate.photoUrl} />
                  <span className="composer__mention-name">{candidate.fullName}</span>
                  {candidate.institution && (
                    <span className="composer__mention-detail">{candidate.institution}</span>
                  )}
                </li>
              ))}
          </ul>
          <p className="visually-hidden" role="status">
            {open ? t('composer.mentionCount', { n: number.format(candidates.length) }) : ''}
          </p>
        </div>
        <div
          className="composer__preview"
          role="tabpanel"
          id={ids.previewPanel}
          aria-labelledby={ids.preview}
          hidden={mode !== 'preview'}
          tabIndex={0}
        >
          {mode === 'preview' &&
            (!markdown ? (
              <p className="discussions-muted">{t('composer.previewLoading')}</p>
            ) : value.trim() ? (
              // renderMarkdown is the server's renderer: markdown-it without raw HTML, then sanitize-html.
              <div className="discussions-prose" dir="auto" dangerouslySetInnerHTML={{ __html: preview }} />
            ) : (
              <p className="discussions-muted">{t('composer.previewEmpty')}</p>
            ))}
        </div>
      </FormField>
      <p id={ids.counter} className={cx('composer__counter', over && 'composer__counter--over')}>
        {t('composer.counter', {
          used: number.format(length),
          max: number.format(maxLength),
        })}
      </p>
      {attachmentIds && onAttachmentsChange && (
        <AttachmentPicker
          value={attachmentIds}
          onChange={onAttachmentsChange}
          onBusyChange={onUploadingChange}
          maxFiles={DISCUSSION_LIMITS.attachmentsMax}
        />
      )}
      {attachmentsError && (
        <p className="ui-field__error" role="alert">
          {attachmentsError}
        </p>
      )}
    </div>
  );
}
