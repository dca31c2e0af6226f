import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { SelectOptions } from '../../../ui/SelectOptions';
import { TextInput } from '../../../ui/TextInput';
import { useIntlNames } from '../../identity/lib/intl';
import { countryOptions } from '../../identity/lib/options';
import type { ThreadListParams } from '../lib/params';

/** Typing a tag settles for this long before the list is filtered. */
export const TAG_DEBOUNCE_MS = 400;

export interface ThreadFiltersProps {
  params: ThreadListParams;
  set: (changes: Record<string, string | boolean>) => void;
  clear: () => void;
}

/** Tag, country, unread only, watching only: each one goes to the address at once. */
export function ThreadFilters({ params, set, clear }: ThreadFiltersProps) {
  const { t } = useTranslation('discussions');
  const names = useIntlNames();
  const countries = useMemo(() => countryOptions(names), [names]);
  const [tag, setTag] = useState(params.tag);
  const [shownTag, setShownTag] = useState(params.tag);
  // The address (a tag chip, the back button) wins over what was typed.
  if (params.tag !== shownTag) {
    setShownTag(params.tag);
    if (params.tag !== tag.trim()) setTag(params.tag);
  }
  useEffect(() => {
    const typed = tag.trim().replace(/^#/, '');
    if (typed === params.tag) return;
    const timer = window.setTimeout(() => set({ tag: typed }), TAG_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [tag, params.tag, set]);

  const filtered = Boolean(params.tag || params.country || params.unread || params.watching);

  return (
    <form
      className="discussions-filters"
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        set({ tag: tag.trim().replace(/^#/, '') });
      }}
    >
      <FormField label={t('filters.tag')}>
        <TextInput
          name="tag"
          value={tag}
          autoComplete="off"
          maxLength={40}
          onChange={(event) => setTag(event.target.value)}
        />
      </FormField>
      <FormField label={t('filters.country')}>
        <Select
          name="country"
          value={params.country}
          onChange={(event) => set({ country: event.target.value })}
        >
          <option value="">{t('filters.anyCountry')}</option>
          <SelectOptions options={countries} />
        </Select>
      </FormField>
      <div className="discussions-filters__checks">
        <Checkbox
          name="unread"
          label={t('filters.unreadOnly')}
          checked={params.unread}
          onChange={(checked) => set({ unread: checked })}
        />
        <Checkbox
          name="watching"
          label={t('filters.watchingOnly')}
          checked={params.watching}
          onChange={(checked) => set({ watching: checked })}
        />
      </div>
      {filtered && (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setTag('');
              clear();
            }}
          >
            {t('filters.clear')}
          </Button>
        </div>
      )}
    </form>
  );
}
