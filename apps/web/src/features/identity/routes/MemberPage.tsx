import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../../ui/Page';
import { Avatar } from '../components/Avatar';
import { LoadError } from '../components/LoadError';
import { RoleBadge } from '../components/RoleBadge';
import { MemberProfileQuery } from '../graphql/directory';
import { errorCode } from '../graphql/errors';
import { useIntlNames } from '../lib/intl';
import { useMemberLabels } from '../lib/labels';
import './MemberPage.css';

/** A member's page, as other members see it. Anyone but an active member is "not found". */
export function MemberPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const names = useIntlNames();
  const labels = useMemberLabels();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MemberProfileQuery,
    variables: { id },
    pause: !id,
  });
  const member = data?.member;

  if (!id || errorCode(error) === 'NOT_FOUND') {
    return (
      <Page title={tc('notFound.title')} lead={tc('notFound.body')}>
        <p>
          <Link to="/directory">{t('member.back')}</Link>
        </p>
      </Page>
    );
  }

  if (!member) {
    return (
      <div className="member-page">
        <p>
          <Link to="/directory">{t('member.back')}</Link>
        </p>
        {error ? (
          <LoadError
            message={t('member.error')}
            retryLabel={t('member.retry')}
            busy={fetching}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <p role="status">{t('member.loading')}</p>
        )}
      </div>
    );
  }

  const notGiven = <span className="member-page__muted">{t('member.notGiven')}</span>;
  const lead = [member.position, member.institution].filter(Boolean).join(' · ') || undefined;

  return (
    <div className="member-page">
      <p>
        <Link to="/directory">{t('member.back')}</Link>
      </p>
      <div className="member-page__header">
        <Avatar name={member.fullName} photoUrl={member.photoUrl} size="lg" />
        <Page title={member.fullName} lead={lead}>
          <div>
            <RoleBadge role={member.role} />
          </div>
        </Page>
      </div>

      <section aria-labelledby="member-details" className="member-page__section">
        <h2 id="member-details" className="visually-hidden">
          {t('member.details')}
        </h2>
        <dl className="member-page__facts">
          <div>
            <dt>{t('member.country')}</dt>
            <dd>{member.country ? names.country(member.country) : notGiven}</dd>
          </div>
          <div>
            <dt>{t('member.institution')}</dt>
            <dd>{member.institution || notGiven}</dd>
          </div>
          <div>
            <dt>{t('member.position')}</dt>
            <dd>{member.position || notGiven}</dd>
          </div>
          <div>
            <dt>{t('member.practitionerType')}</dt>
            <dd>{member.practitionerType ? labels.practitionerType(member.practitionerType) : notGiven}</dd>
          </div>
          <div>
            <dt>{t('member.languages')}</dt>
            <dd>
              {member.languages.length > 0 ? names.list(member.languages.map(names.language)) : notGiven}
            </dd>
          </div>
          <div>
            <dt>{t('member.expertise')}</dt>
            <dd>
              {member.expertise.length > 0 ? (
                <ul className="member-page__tags">
                  {member.expertise.map((area) => (
                    <li key={area}>{labels.expertise(area)}</li>
                  ))}
                </ul>
              ) : (
                notGiven
              )}
            </dd>
          </div>
        </dl>
      </section>

      {member.focalPoints.length > 0 && (
        <section aria-labelledby="member-focal-points" className="member-page__section">
          <h2 id="member-focal-points">{t('member.focalPoints')}</h2>
          <ul className="member-page__focal-points">
            {member.focalPoints.map((focal) => (
              <li key={focal.id}>
                <strong>{labels.authority(focal.authority)}</strong> — {names.country(focal.country)}
                {focal.contactHours && (
                  <span className="member-page__muted">
                    {' '}
                    ({t('member.contactHours', { hours: focal.contactHours })})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="member-about" className="member-page__section">
        <h2 id="member-about">{t('member.about')}</h2>
        {/* Plain text as the member wrote it: React escapes it, CSS keeps the line breaks. */}
        {member.bio.trim() ? (
          <p className="member-page__bio" dir="auto">
            {member.bio}
          </p>
        ) : (
          <p className="member-page__muted">{t('member.noBio')}</p>
        )}
      </section>
    </div>
  );
}
