import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button } from '../../../ui/Button';
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

export interface MemberPickerProps {
  label: string;
  hint?: string;
  /** Members not to offer (already chosen). */
  exclude?: readonly string[];
  onChoose: (member: PickedMember) => void;
}

/** Finds a member in the directory by name and picks one: type two letters, then choose a button. */
export function MemberPicker({ label, hint, exclude = [], onChoose }: MemberPickerProps) {
  const { t } = useTranslation('discussions');
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
    <div className="discussions-member-picker">
      <FormField label={label} hint={hint}>
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
          <ul className="discussions-member-picker__results" aria-label={t('memberPicker.results')}>
            {matches.map((member) => (
              <li key={member.id}>
                <Button
                  variant="secondary"
                  aria-label={t('memberPicker.choose', { name: member.fullName })}
                  onClick={() => {
                    setText('');
                    setTerm('');
                    onChoose({ id: member.id, fullName: member.fullName });
                  }}
                >
                  {member.fullName}
                  {(member.institution || member.country) && (
                    <span className="discussions-muted">
                      {[member.institution, member.country ? names.country(member.country) : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  )}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {term && !fetching && data && matches.length === 0 && (
          <p className="discussions-muted">{t('memberPicker.none')}</p>
        )}
      </div>
    </div>
  );
}
