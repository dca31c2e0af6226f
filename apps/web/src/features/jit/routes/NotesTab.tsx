import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { JitNoteKind } from '@cop/contracts';
import { Person, QueryGate, When } from '../components/common';
import { JitNotesQuery } from '../graphql/jit';
import { useAreaRefresh, useWorkspace } from '../hooks/workspace';

/** The workspace's notes by kind (strategy, meeting minutes, general), newest change first. */
export function NotesTab() {
  const { t } = useTranslation('jit');
  const { workspace } = useWorkspace();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitNotesQuery,
    variables: { workspaceId: workspace.id },
    requestPolicy: 'cache-and-network',
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useAreaRefresh('notes', refetch);
  const base = `/jit/${workspace.id}/notes`;

  return (
    <section aria-labelledby="jit-notes-heading" className="jit-section">
      <h2 id="jit-notes-heading">{t('tabs.notes')}</h2>
      {workspace.canWrite && (
        <div className="jit-actions">
          <Link className="ui-button ui-button--primary" to={`${base}/new`}>
            {t('notes.new')}
          </Link>
        </div>
      )}
      <QueryGate error={error} fetching={fetching} ready={!!data} onRetry={refetch}>
        {() =>
          Object.values(JitNoteKind).map((kind) => {
            const notes = (data?.jitNotes ?? []).filter((note) => note.kind === kind);
            return (
              <section key={kind} aria-labelledby={`jit-notes-${kind}`}>
                <h3 id={`jit-notes-${kind}`}>{t(`noteKind.${kind}`)}</h3>
                {notes.length === 0 ? (
                  <p className="jit-muted">{t('notes.none')}</p>
                ) : (
                  <ul className="jit-list">
                    {notes.map((note) => (
                      <li key={note.id}>
                        <Link to={`${base}/${note.id}`} dir="auto">
                          {note.title}
                        </Link>{' '}
                        <span className="jit-muted">
                          {t('notes.updated')} <When value={note.updatedAt} /> ·{' '}
                          <Person person={note.updatedBy ?? note.createdBy} />
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })
        }
      </QueryGate>
    </section>
  );
}
