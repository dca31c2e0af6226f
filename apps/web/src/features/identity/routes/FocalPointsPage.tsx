import { useMemo, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { isCountryCode } from '@cop/contracts';
import type { NationalFocalPointsQuery as FocalPointsData } from '../../../graphql/generated/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { LoadError } from '../components/LoadError';
import { NationalFocalPointsQuery } from '../graphql/directory';
import { useIntlNames } from '../lib/intl';
import { useMemberLabels } from '../lib/labels';
import './FocalPointsPage.css';

type FocalPoint = FocalPointsData['focalPoints'][number];

/**
 * National focal points grouped by country. All of them arrive in one request (they are few), so
 * choosing a country answers at once, even on a slow link; the choice is kept in the address.
 */
export function FocalPointsPage() {
  const { t } = useTranslation('members');
  const names = useIntlNames();
  const labels = useMemberLabels();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('country') ?? '';
  const country = isCountryCode(requested) ? requested : '';
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NationalFocalPointsQuery });

  const groups = useMemo(() => {
    const byCountry = new Map<string, FocalPoint[]>();
    for (const focal of data?.focalPoints ?? []) {
      byCountry.set(focal.country, [...(byCountry.get(focal.country) ?? []), focal]);
    }
    return [...byCountry]
      .map(([code, items]) => ({ code, name: names.country(code), items }))
      .sort((a, b) => names.compare(a.name, b.name));
  }, [data, names]);
  const shown = country ? groups.filter((group) => group.code === country) : groups;
  const options =
    country && !groups.some((group) => group.code === country)
      ? [...groups, { code: country, name: names.country(country), items: [] }]
      : groups;

  function choose(event: ChangeEvent<HTMLSelectElement>) {
    const value = event.target.value;
    setSearch(value ? { country: value } : {});
  }

  return (
    <Page title={t('focalPoints.title')} lead={t('focalPoints.lead')}>
      <p>
        <Link to="/directory">{t('focalPoints.directoryLink')}</Link>
      </p>
      <div className="focal-points__filter">
        <FormField label={t('focalPoints.country')}>
          <Select name="country" value={country} onChange={choose}>
            <option value="">{t('focalPoints.allCountries')}</option>
            {options.map((group) => (
              <option key={group.code} value={group.code}>
                {group.name}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      {fetching && !data && <p role="status">{t('focalPoints.loading')}</p>}
      {error && (
        <LoadError
          message={t('focalPoints.error')}
          retryLabel={t('focalPoints.retry')}
          busy={fetching}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {data && shown.length === 0 && (
        <EmptyState title={t('focalPoints.emptyTitle')}>
          <p>{t('focalPoints.emptyBody')}</p>
        </EmptyState>
      )}
      {shown.map((group) => (
        <section key={group.code} className="focal-points__country" aria-labelledby={`fp-${group.code}`}>
          <h2 id={`fp-${group.code}`}>{group.name}</h2>
          <ul className="focal-points__list">
            {group.items.map((focal) => (
              <li key={focal.id} className="focal-points__item">
                <p className="focal-points__authority">{labels.authority(focal.authority)}</p>
                <p className="focal-points__member">
                  <Link to={`/members/${focal.member.id}`}>{focal.member.fullName}</Link>
                  {focal.member.position || focal.member.institution ? (
                    <span className="focal-points__muted">
                      {' '}
                      — {[focal.member.position, focal.member.institution].filter(Boolean).join(', ')}
                    </span>
                  ) : null}
                </p>
                <p className="focal-points__hours">
                  <span className="focal-points__muted">{t('focalPoints.contactHours')}: </span>
                  {focal.contactHours || t('focalPoints.noContactHours')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
