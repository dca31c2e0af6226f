import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { Table } from '../../../ui/Table';
import { useToast } from '../../../ui/Toast';
import { Avatar } from '../../identity/components/Avatar';
import { LoadError } from '../../identity/components/LoadError';
import { Pagination } from '../../identity/components/Pagination';
import { FormError, type ErrorLike } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { CategoryDialog, type AdminCategory } from '../components/CategoryDialog';
import { GroupDialog, type Group } from '../components/GroupDialog';
import { LockIcon } from '../components/Icons';
import { MemberPicker } from '../components/MemberPicker';
import { ReasonDialog } from '../components/ReasonDialog';
import {
  AddDiscussionGroupMembersMutation,
  AdminDiscussionCategoriesQuery,
  DiscussionGroupMembersQuery,
  DiscussionGroupsQuery,
  RemoveDiscussionGroupMemberMutation,
} from '../graphql/manage';
import { useCategoryText } from '../lib/localized';
import { useIsAdmin } from '../lib/roles';
import '../components/discussions.css';

const MEMBERS_PAGE_SIZE = 50;

/**
 * Groups and categories, at /discussions/manage. Moderators manage the regional and thematic groups
 * and who belongs to them; administrators also create and edit categories.
 */
export function ManagePage() {
  const { t } = useTranslation('discussions');
  const admin = useIsAdmin();
  const [search, setSearch] = useSearchParams();
  const groupsContext = useMemo(() => ({ additionalTypenames: ['DiscussionGroup'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DiscussionGroupsQuery,
    requestPolicy: 'cache-and-network',
    context: groupsContext,
  });
  const groups = data?.discussionGroups;
  const [editing, setEditing] = useState<{ group: Group | null } | null>(null);
  const toast = useToast();
  const selectedId = search.get('group') ?? '';
  const selected = groups?.find((group) => group.id === selectedId) ?? null;
  const groupsHeading = useId();

  return (
    <div className="discussions-page">
      <nav aria-label={t('breadcrumbs')} className="discussions-breadcrumbs">
        <ol>
          <li>
            <Link to="/discussions">{t('home.title')}</Link>
          </li>
        </ol>
      </nav>
      <Page title={t('manage.title')} lead={admin ? t('manage.leadAdmin') : t('manage.lead')}>
        <section className="discussions-section" aria-labelledby={groupsHeading}>
          <h2 id={groupsHeading}>{t('manage.groups')}</h2>
          <div>
            <Button onClick={() => setEditing({ group: null })}>{t('manage.newGroup')}</Button>
          </div>
          {fetching && !groups && <p role="status">{t('manage.loading')}</p>}
          {error && !fetching && (
            <LoadError
              message={t('manage.error')}
              retryLabel={t('retry')}
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          )}
          {groups && groups.length === 0 && <EmptyState title={t('manage.noGroups')} headingLevel={3} />}
          {groups && groups.length > 0 && (
            <Table
              caption={t('manage.groups')}
              captionHidden
              rows={groups}
              rowKey={(group) => group.id}
              columns={[
                { key: 'name', header: t('manage.name'), rowHeader: true, cell: (group) => group.name },
                { key: 'kind', header: t('manage.kind'), cell: (group) => t(`manage.kind${group.kind}`) },
                { key: 'slug', header: t('manage.slug'), cell: (group) => <code>{group.slug}</code> },
                {
                  key: 'members',
                  header: t('manage.memberCount'),
                  align: 'end',
                  cell: (group) => group.memberCount,
                },
                {
                  key: 'actions',
                  header: t('manage.actions'),
                  cell: (group) => (
                    <div className="discussions-table-actions">
                      <Button
                        variant="secondary"
                        aria-label={t('manage.editGroup', { name: group.name })}
                        onClick={() => setEditing({ group })}
                      >
                        {t('manage.edit')}
                      </Button>
                      <Button
                        variant="secondary"
                        aria-label={t('manage.showMembers', { name: group.name })}
                        aria-pressed={group.id === selectedId}
                        onClick={() =>
                          setSearch(group.id === selectedId ? {} : { group: group.id }, { replace: true })
                        }
                      >
                        {t('manage.members')}
                      </Button>
                    </div>
                  ),
                },
              ]}
            />
          )}
        </section>

        {selected && <GroupMembers key={selected.id} group={selected} />}

        {admin && <CategoriesSection groups={groups ?? []} />}
      </Page>
      <GroupDialog
        open={editing !== null}
        group={editing?.group ?? null}
        onClose={() => setEditing(null)}
        onSaved={(group) => {
          setEditing(null);
          toast.show(t('manage.groupSaved', { name: group.name }), { tone: 'success' });
          reexecute({ requestPolicy: 'network-only' });
        }}
      />
    </div>
  );
}

function GroupMembers({ group }: { group: Group }) {
  const { t } = useTranslation('discussions');
  const names = useIntlNames();
  const toast = useToast();
  const headingId = useId();
  const [offset, setOffset] = useState(0);
  const variables = useMemo(
    () => ({ groupId: group.id, first: MEMBERS_PAGE_SIZE, offset }),
    [group.id, offset],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DiscussionGroupMembersQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const [, add] = useMutation(AddDiscussionGroupMembersMutation);
  const [, remove] = useMutation(RemoveDiscussionGroupMemberMutation);
  const [addError, setAddError] = useState<ErrorLike>(null);
  const [removing, setRemoving] = useState<{ id: string; fullName: string } | null>(null);
  const page = data?.discussionGroupMembers;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <section className="discussions-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('manage.membersOf', { name: group.name })}</h2>
      <MemberPicker
        label={t('manage.addMember')}
        hint={t('manage.addMemberHint')}
        exclude={page?.items.map((item) => item.member.id) ?? []}
        onChoose={async (member) => {
          const answer = await add({ groupId: group.id, userIds: [member.id] });
          setAddError(answer.error ?? null);
          if (!answer.error) {
            toast.show(t('manage.memberAdded', { name: member.fullName, group: group.name }), {
              tone: 'success',
            });
            refresh();
          }
        }}
      />
      <FormError error={addError} />
      {fetching && !page && <p role="status">{t('manage.loading')}</p>}
      {error && !fetching && (
        <LoadError message={t('manage.membersError')} retryLabel={t('retry')} onRetry={refresh} />
      )}
      {page && page.items.length === 0 && <p className="discussions-muted">{t('manage.noMembers')}</p>}
      {page && page.items.length > 0 && (
        <ul className="discussions-members" aria-labelledby={headingId}>
          {page.items.map(({ member, addedAt }) => (
            <li key={member.id} className="discussions-members__item">
              <Avatar name={member.fullName} photoUrl={member.photoUrl} />
              <span className="discussions-members__who">
                <Link to={`/members/${member.id}`}>{member.fullName}</Link>
                <span className="discussions-muted">
                  {[member.institution, member.country ? names.country(member.country) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <span className="discussions-muted">
                  {t('manage.addedOn', { date: names.date(addedAt) })}
                </span>
              </span>
              <Button
                variant="secondary"
                aria-label={t('manage.removeMember', { name: member.fullName })}
                onClick={() => setRemoving(member)}
              >
                {t('manage.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {page && (
        <Pagination
          total={page.total}
          first={MEMBERS_PAGE_SIZE}
          offset={offset}
          onChange={setOffset}
          label={t('manage.membersPages')}
        />
      )}
      <ReasonDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('manage.removeTitle', { name: removing?.fullName ?? '', group: group.name })}
        body={<p>{t('manage.removeBody')}</p>}
        withReason={false}
        danger
        confirmLabel={t('manage.remove')}
        onConfirm={async () => {
          if (!removing) return null;
          const answer = await remove({ groupId: group.id, userId: removing.id });
          if (!answer.error) {
            toast.show(t('manage.memberRemoved', { name: removing.fullName }), { tone: 'success' });
            refresh();
          }
          return answer.error ?? null;
        }}
      />
    </section>
  );
}

function CategoriesSection({ groups }: { groups: readonly Group[] }) {
  const { t } = useTranslation('discussions');
  const toast = useToast();
  const text = useCategoryText();
  const headingId = useId();
  const context = useMemo(() => ({ additionalTypenames: ['DiscussionCategory'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminDiscussionCategoriesQuery,
    requestPolicy: 'cache-and-network',
    context,
  });
  const [editing, setEditing] = useState<{ category: AdminCategory | null } | null>(null);
  const categories = data?.adminDiscussionCategories;

  return (
    <section className="discussions-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('manage.categories')}</h2>
      <div>
        <Button onClick={() => setEditing({ category: null })}>{t('manage.newCategory')}</Button>
      </div>
      {fetching && !categories && <p role="status">{t('manage.loading')}</p>}
      {error && !fetching && (
        <LoadError
          message={t('manage.error')}
          retryLabel={t('retry')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {categories && (
        <Table
          caption={t('manage.categories')}
          captionHidden
          rows={categories}
          rowKey={(category) => category.id}
          emptyText={t('manage.noCategories')}
          columns={[
            {
              key: 'name',
              header: t('manage.name'),
              rowHeader: true,
              cell: (category) => <Link to={`/discussions/c/${category.slug}`}>{text.name(category)}</Link>,
            },
            { key: 'slug', header: t('manage.slug'), cell: (category) => <code>{category.slug}</code> },
            {
              key: 'position',
              header: t('manage.position'),
              align: 'end',
              cell: (category) => category.position,
            },
            {
              key: 'groups',
              header: t('manage.access'),
              cell: (category) =>
                category.restricted ? (
                  <span className="discussions-marker">
                    <LockIcon />
                    {category.groups.map((group) => group.name).join(', ')}
                  </span>
                ) : (
                  t('manage.openToAll')
                ),
            },
            {
              key: 'actions',
              header: t('manage.actions'),
              cell: (category) => (
                <Button
                  variant="secondary"
                  aria-label={t('manage.editCategory', { name: category.name })}
                  onClick={() => setEditing({ category })}
                >
                  {t('manage.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <CategoryDialog
        open={editing !== null}
        category={editing?.category ?? null}
        groups={groups}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          toast.show(t('manage.categorySaved'), { tone: 'success' });
          reexecute({ requestPolicy: 'network-only' });
        }}
      />
    </section>
  );
}
