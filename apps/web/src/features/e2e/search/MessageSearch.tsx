import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { cx } from '../../../ui/cx';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { Highlight } from '../../discussions/components/Highlight';
import { prepareSearch, searchMessages, type SearchResult } from './searchIndex';
import './MessageSearch.css';

const SEARCH_DEBOUNCE_MS = 200;
const RESULTS = 50;

export interface MessageSearchProps {
  /** The signed-in member, whose index is searched. */
  userId: string;
  open: boolean;
  /** Called once the panel has closed (Escape, the close button, or after a result was chosen). */
  onClose: () => void;
  /**
   * A result was chosen: show that message (at `/messages/<conversationId>`, the message's element
   * is `#message-<messageId>`). The panel then closes itself.
   */
  onOpen: (conversationId: string, messageId: string) => void;
  conversationTitle: (conversationId: string) => string;
  memberName: (userId: string) => string;
  /** Search this conversation only, with a choice to search all of them. */
  conversationId?: string;
}

/**
 * Search over one's own messages, in a dialog: results as one types, matches marked, each with its
 * conversation, sender and date. The search runs in this browser over its encrypted local index
 * (`searchIndex.ts`); the server never sees it. Arrow keys move through the results while typing
 * goes on in the field, Enter opens the chosen one, Escape closes and focus goes back.
 */
export function MessageSearch(props: MessageSearchProps) {
  const { open, onClose } = props;
  const { t } = useTranslation('e2e');
  const inputRef = useRef<HTMLInputElement>(null);

  // Focus starts in the field (the dialog has opened by then: its effect runs first).
  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  return (
    <Dialog open={open} onClose={onClose} title={t('search.title')}>
      {open && <SearchPanel {...props} inputRef={inputRef} />}
    </Dialog>
  );
}

interface Outcome {
  /** The scope and query searched. */
  key: string;
  results: SearchResult[];
  failed: boolean;
}

function SearchPanel({
  userId,
  conversationId,
  onOpen,
  onClose,
  conversationTitle,
  memberName,
  inputRef,
}: MessageSearchProps & { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t, i18n } = useTranslation('e2e');
  const locale = currentLanguage(i18n);
  const listId = useId();
  const scopeId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [everywhere, setEverywhere] = useState(!conversationId);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cursor, setCursor] = useState({ key: '', index: -1 });
  const scope = everywhere ? undefined : conversationId;
  const key = `${scope ?? ''}\n${query}`;

  // Decrypt the index while the first word is typed.
  useEffect(() => {
    prepareSearch(userId).catch(() => undefined);
  }, [userId]);

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    if (!query) return;
    let current = true;
    searchMessages(userId, query, { conversationId: scope, limit: RESULTS }).then(
      (results) => {
        if (current) setOutcome({ key, results, failed: false });
      },
      () => {
        if (current) setOutcome({ key, results: [], failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [userId, query, scope, key]);

  // While a new search runs, the last results stay (no flicker as one types).
  const shown = query ? outcome : null;
  const results = shown?.results ?? [];
  const searching = Boolean(query) && outcome?.key !== key;
  const active = shown && cursor.key === shown.key ? Math.min(cursor.index, results.length - 1) : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`${listId}-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, listId]);

  function choose(result: SearchResult) {
    onOpen(result.conversationId, result.messageId);
    onClose();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter also ends a composition (Chinese, Japanese input): that one is not a choice.
    if (event.nativeEvent.isComposing || !shown) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next =
        active < 0 ? (step > 0 ? 0 : results.length - 1) : (active + step + results.length) % results.length;
      setCursor({ key: shown.key, index: next });
    } else if (event.key === 'Enter') {
      const chosen = results[Math.max(active, 0)];
      if (!chosen) return;
      event.preventDefault();
      choose(chosen);
    }
  }

  let status = '';
  if (query) {
    if (searching) status = t('search.searching');
    else if (shown?.failed) status = t('search.failed');
    else if (results.length === 0) status = t('search.none', { query });
    else if (results.length >= RESULTS) status = t('search.many', { number: results.length });
    else status = t('search.count', { number: results.length });
  }

  return (
    <div className="e2e-search">
      <p className="e2e-search__privacy">{t('search.privacy')}</p>
      <FormField
        label={scope ? t('search.labelIn', { title: conversationTitle(scope) }) : t('search.label')}
        hint={t('search.hint')}
      >
        <TextInput
          ref={inputRef}
          className="e2e-search__input"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          dir="auto"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={handleKeyDown}
        />
      </FormField>
      {conversationId && (
        <div className="e2e-search__scope">
          <input
            id={scopeId}
            type="checkbox"
            checked={everywhere}
            onChange={(event) => setEverywhere(event.target.checked)}
          />
          <label htmlFor={scopeId}>{t('search.allConversations')}</label>
        </div>
      )}
      <p className="e2e-search__status" role="status">
        {status}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className={cx('e2e-search__results', searching && 'e2e-search__results--stale')}
        hidden={results.length === 0}
      >
        {results.map((result, index) => (
          <li
            key={result.messageId}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="e2e-search__result"
            // The field keeps the focus: typing goes on while the mouse points.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(result)}
          >
            <span className="e2e-search__meta">
              {!scope && (
                <span className="e2e-search__conversation" dir="auto">
                  {conversationTitle(result.conversationId)}
                </span>
              )}
              <span className="e2e-search__sender" dir="auto">
                {memberName(result.senderId) || result.senderName}
              </span>
              <time
                className="e2e-search__time"
                dateTime={result.createdAt}
                title={formatDateTime(result.createdAt, locale)}
              >
                {formatRelativeTime(result.createdAt, locale)}
              </time>
            </span>
            <span className="e2e-search__snippet" dir="auto">
              <Highlight parts={result.snippet} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
