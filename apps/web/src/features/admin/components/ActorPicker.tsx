import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { MemberPickerQuery } from '../graphql/members';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEARCH_DEBOUNCE_MS = 300;

export interface ActorPickerProps {
  /** The member whose events are shown; '' for anyone. */
  actorId: string;
  /** Their name, when they were chosen here. */
  actorLabel: string | null;
  onChoose: (id: string, label: string | null) => void;
  onClear: () => void;
}

/**
 * Chooses whose events the audit log shows: type a name and pick among the matching members, or
 * paste a member id (it applies at once).
 */
export function ActorPicker({ actorId, actorLabel, onChoose, onClear }: ActorPickerProps) {
  const { t } = useTranslation('admin');
  const listId = useId();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const trimmed = text.trim();
  const searching = trimmed.length >= 2 && !UUID.test(trimmed);

  useEffect(() => {
    if (!searching) return;
    const timer = window.setTimeout(() => setTerm(trimmed), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [searching, trimmed]);

  const [{ data, fetching }] = useQuery({
    query: MemberPickerQuery,
    variables: { search: term },
    pause: !searching || term.length < 2,
  });
  const matches = searching && term ? (data?.adminMembers.items ?? []) : [];

  function change(value: string) {
    setText(value);
    if (UUID.test(value.trim())) onChoose(value.trim().toLowerCase(), null);
  }

  return (
    <div className="actor-picker">
      {actorId ? (
        <div className="actor-picker__chosen">
          <span className="actor-picker__label">{t('audit.actor')}</span>
          <p className="actor-picker__value">
            {actorLabel
              ? t('audit.actorChosen', { name: actorLabel })
              : t('audit.actorById', { id: actorId })}
          </p>
          <Button
            variant="secondary"
            onClick={() => {
              setText('');
              setTerm('');
              onClear();
            }}
          >
            {t('audit.actorClear')}
          </Button>
        </div>
      ) : (
        <>
          <FormField label={t('audit.actor')} hint={t('audit.actorHint')}>
            <TextInput
              type="search"
              name="actor"
              autoComplete="off"
              placeholder={t('audit.actorSearch')}
              aria-controls={listId}
              value={text}
              onChange={(event) => change(event.target.value)}
            />
          </FormField>
          <div id={listId} aria-live="polite">
            {matches.length > 0 && (
              <ul className="actor-picker__matches" aria-label={t('audit.actorMatches')}>
                {matches.map((member) => (
                  <li key={member.id}>
                    <Button
                      variant="secondary"
                      aria-label={t('audit.actorChoose', { name: `${member.fullName} (${member.email})` })}
                      onClick={() => {
                        setText('');
                        setTerm('');
                        onChoose(member.id, member.fullName);
                      }}
                    >
                      {member.fullName} <span className="admin-muted">{member.email}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            {searching && term && !fetching && data && matches.length === 0 && (
              <p className="admin-muted">{t('audit.actorNoMatch')}</p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
