import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@cop/contracts';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';

export interface TagInputProps {
  value: readonly string[];
  onChange: (tags: string[]) => void;
  error?: string;
}

/** Cleans a typed tag as the api does: trimmed, no leading "#", single spaces. */
export function cleanTag(text: string): string {
  return text.trim().replace(/^#/, '').replace(/\s+/g, ' ').slice(0, DISCUSSION_LIMITS.tagMax);
}

/** Adds tags not there yet (case-insensitively), up to the limit. */
export function addTags(current: readonly string[], typed: readonly string[]): string[] {
  const next = [...current];
  for (const raw of typed) {
    const tag = cleanTag(raw);
    if (!tag || next.length >= DISCUSSION_LIMITS.tagsMax) continue;
    if (next.some((other) => other.toLowerCase() === tag.toLowerCase())) continue;
    next.push(tag);
  }
  return next;
}

/**
 * Tags as chips: type and press Enter or a comma (or leave the field); Backspace in the empty field
 * removes the last one; each chip has its own remove button.
 */
export function TagInput({ value, onChange, error }: TagInputProps) {
  const { t } = useTranslation('discussions');
  const listId = useId();
  const [text, setText] = useState('');
  const full = value.length >= DISCUSSION_LIMITS.tagsMax;

  function commit(raw: string) {
    const parts = raw.split(',');
    if (parts.some((part) => cleanTag(part))) onChange(addTags(value, parts));
    setText('');
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit(text);
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      event.preventDefault();
      onChange(value.slice(0, -1));
    }
  }

  return (
    <div className="discussions-chips-field">
      <FormField
        label={t('form.tags')}
        hint={t('form.tagsHint', { max: DISCUSSION_LIMITS.tagsMax })}
        error={error}
      >
        <TextInput
          name="tags"
          value={text}
          autoComplete="off"
          dir="auto"
          maxLength={DISCUSSION_LIMITS.tagMax + 1}
          disabled={full}
          aria-describedby={value.length > 0 ? listId : undefined}
          onChange={(event) => {
            const typed = event.target.value;
            if (typed.includes(',')) commit(typed);
            else setText(typed);
          }}
          onKeyDown={keyDown}
          onBlur={() => commit(text)}
        />
      </FormField>
      {value.length > 0 && (
        <ul id={listId} className="discussions-chips" aria-label={t('form.chosenTags')}>
          {value.map((tag) => (
            <li key={tag} className="discussions-chip">
              <span dir="auto">{tag}</span>
              <button
                type="button"
                className="discussions-chip__remove"
                aria-label={t('form.removeTag', { tag })}
                onClick={() => onChange(value.filter((other) => other !== tag))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
