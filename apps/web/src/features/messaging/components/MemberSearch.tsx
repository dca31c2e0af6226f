import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { DirectoryMembersQuery } from '../../identity/graphql/directory';
import { useIntlNames } from '../../identity/lib/intl';

const SEARCH_DEBOUNCE_MS = 300;
const RESULTS = 8;

export interface PickedMember {
  id: string;
  fullName: string;
}

export interface MemberSearchProps {
  /** Members not to offer (oneself, those already chosen or in the conversation). */
  exclude: readonly string[];
  onChoose: (member: PickedMember) => void;
}

/**
 * Finds active members in the directory by name: type two letters, then choose one of the
 * buttons (Tab reaches them; the count of results is announced).
 */
export function MemberSearch({ exclude, onChoose }: MemberSearchProps) {
  const { t } = useTranslation('messaging');
  const names = useIntlNames();
  const resultsId = useId();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const trimmed = text.trim();

  useEffect(() => {
    const timer = window.setTimeout(() => setTerm(trimmed.length >= 2 ? trimmed : ''), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [trimmed]);

  const variables = useMemo(() => ({ filter: { search: term }, first: RESULTS, offset: 0 }), [term]);
  const [{ data, fetching }] = useQuery({ query: DirectoryMembersQuery, variables, pause: !term });
  const matches = term ? (data?.directory.items ?? []).filter((member) => !exclude.includes(member.id)) : [];

  return (
    <div className="messaging-search">
      <FormField label={t('new.search')} hint={t('new.searchHint')}>
        <TextInput
          type="search"
          autoComplete="off"
          value={text}
          aria-controls={resultsId}
          onChange={(event) => setText(event.target.value)}
        />
      </FormField>
      <div id={resultsId} aria-live="polite">
        {matches.length > 0 && (
          <ul className="messaging-search__results" aria-label={t('new.results')}>
            {matches.map((member) => (
              <li key={member.id}>
                <button
                  type="button"
                  className="messaging-search__result"
                  aria-label={t('new.choose', { name: member.fullName })}
                  onClick={() => {
                    setText('');
                    setTerm('');
                    onChoose({ id: member.id, fullName: member.fullName });
                  }}
                >
                  <span className="messaging-search__name" dir="auto">
                    {member.fullName}
                  </span>
                  {(member.institution || member.country) && (
                    <span className="messaging-search__detail" dir="auto">
                      {[member.institution, member.country ? names.country(member.country) : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
        {term && !fetching && data && matches.length === 0 && (
          <p className="messaging-muted">{t('new.none')}</p>
        )}
      </div>
    </div>
  );
}

/** The chosen members, each with a button to take them off the list. */
export function ChosenMembers({
  members,
  onRemove,
}: {
  members: readonly PickedMember[];
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation('messaging');
  if (members.length === 0) return null;
  return (
    <ul className="messaging-chosen" aria-label={t('new.chosen')}>
      {members.map((member) => (
        <li key={member.id} className="messaging-chosen__item">
          <span dir="auto">{member.fullName}</span>
          <button
            type="button"
            className="messaging-chosen__remove"
            aria-label={t('new.remove', { name: member.fullName })}
            onClick={() => onRemove(member.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
