import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { JIT_LIMITS, JitNoteKind } from '@cop/contracts';
import type { JitNoteQuery as NoteQueryResult } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { Composer } from '../../discussions/components/Composer';
import { errorCode } from '../../identity/graphql/errors';
import { Person, Problem, QueryGate, When } from '../components/common';
import { MarkdownView } from '../components/MarkdownView';
import { CreateJitNoteMutation, JitNoteQuery, UpdateJitNoteMutation } from '../graphql/jit';
import { useAreaRefresh, useWorkspace } from '../hooks/workspace';
import { useJitFieldErrors, useJitProblem } from '../lib/errors';
import '../../discussions/components/discussions.css';

type Note = NoteQueryResult['jitNote'];

/** A note (read, edit, its earlier versions) at /jit/:id/notes/:noteId; a new one at …/notes/new. */
export function NotePage() {
  const { noteId } = useParams();
  const { t } = useTranslation('jit');
  const { workspace } = useWorkspace();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitNoteQuery,
    variables: { id: noteId ?? '' },
    pause: !noteId,
    requestPolicy: 'cache-and-network',
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useAreaRefresh('notes', refetch);
  const [editing, setEditing] = useState(false);
  const base = `/jit/${workspace.id}/notes`;

  if (!noteId) {
    return (
      <section className="jit-section" aria-labelledby="jit-note-heading">
        <p>
          <Link to={base}>{t('notes.back')}</Link>
        </p>
        <h2 id="jit-note-heading">{t('notes.new')}</h2>
        {workspace.canWrite ? (
          <NoteEditor note={null} onDone={() => undefined} onReload={() => undefined} />
        ) : (
          <p className="jit-banner">{t('readOnly')}</p>
        )}
      </section>
    );
  }

  const note = data?.jitNote;
  return (
    <QueryGate error={error} fetching={fetching} ready={!!note} onRetry={refetch}>
      {() =>
        note && (
          <article className="jit-section" aria-labelledby="jit-note-heading">
            <p>
              <Link to={base}>{t('notes.back')}</Link>
            </p>
            <h2 id="jit-note-heading" dir="auto">
              {note.title}
            </h2>
            <p className="jit-muted">
              {t(`noteKind.${note.kind}`)} · {t('notes.version', { n: note.version })} · {t('notes.updated')}{' '}
              <When value={note.updatedAt} /> · <Person person={note.updatedBy ?? note.createdBy} />
            </p>
            {editing ? (
              <NoteEditor
                note={note}
                onDone={() => {
                  setEditing(false);
                  refetch();
                }}
                onReload={refetch}
              />
            ) : (
              <>
                <MarkdownView source={note.body} />
                {workspace.canWrite && (
                  <div className="jit-actions">
                    <Button variant="secondary" onClick={() => setEditing(true)}>
                      {t('notes.edit')}
                    </Button>
                  </div>
                )}
              </>
            )}
            <Revisions note={note} />
          </article>
        )
      }
    </QueryGate>
  );
}

function Revisions({ note }: { note: Note }) {
  const { t } = useTranslation('jit');
  return (
    <section aria-labelledby="jit-revisions-heading">
      <h3 id="jit-revisions-heading">{t('notes.revisions')}</h3>
      {note.revisions.length === 0 ? (
        <p className="jit-muted">{t('notes.noRevisions')}</p>
      ) : (
        <ol className="jit-list" reversed>
          {note.revisions.map((revision) => (
            <li key={revision.version}>
              <details>
                <summary>
                  {t('notes.version', { n: revision.version })} · <When value={revision.editedAt} /> ·{' '}
                  <Person person={revision.editedBy} />
                </summary>
                <p>
                  <strong dir="auto">{revision.title}</strong>
                </p>
                <MarkdownView source={revision.body} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NoteEditor({
  note,
  onDone,
  onReload,
}: {
  note: Note | null;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const navigate = useNavigate();
  const problem = useJitProblem();
  const { workspace } = useWorkspace();
  const [kind, setKind] = useState<JitNoteKind>((note?.kind as JitNoteKind | undefined) ?? 'GENERAL');
  const [title, setTitle] = useState(note?.title ?? '');
  const [body, setBody] = useState(note?.body ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [createState, create] = useMutation(CreateJitNoteMutation);
  const [updateState, update] = useMutation(UpdateJitNoteMutation);
  const state = note ? updateState : createState;
  const errors = { ...useJitFieldErrors(state.error), ...local };
  const conflict = note && errorCode(updateState.error) === 'CONFLICT';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = t('create.problem.required');
    if (!body.trim()) problems.body = t('create.problem.required');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    if (note) {
      const result = await update({
        id: note.id,
        input: { kind, title: title.trim(), body, expectedVersion: note.version },
      });
      if (!result.error) {
        toast.show(t('saved'), { tone: 'success' });
        onDone();
      }
    } else {
      const result = await create({ input: { workspaceId: workspace.id, kind, title: title.trim(), body } });
      const created = result.data?.createJitNote;
      if (created) {
        toast.show(t('notes.created'), { tone: 'success' });
        void navigate(`/jit/${workspace.id}/notes/${created.id}`);
      }
    }
  }

  return (
    <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="jit-form__row">
        <FormField label={t('notes.kind')}>
          <Select value={kind} onChange={(event) => setKind(event.target.value as JitNoteKind)}>
            {Object.values(JitNoteKind).map((value) => (
              <option key={value} value={value}>
                {t(`noteKind.${value}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t('notes.title')} error={errors.title}>
          <TextInput
            value={title}
            dir="auto"
            maxLength={JIT_LIMITS.noteTitleMax}
            onChange={(e) => setTitle(e.target.value)}
          />
        </FormField>
      </div>
      <Composer
        label={t('notes.body')}
        hint={t('notes.bodyHint')}
        value={body}
        onChange={setBody}
        mentionScope={null}
        error={errors.body}
        maxLength={JIT_LIMITS.noteBodyMax}
        rows={12}
      />
      {conflict ? (
        <div className="jit-banner jit-banner--warning" role="alert">
          <p>{t('error.noteConflict')}</p>
          <Button variant="secondary" onClick={onReload}>
            {t('notes.reload')}
          </Button>
        </div>
      ) : (
        state.error && <Problem>{problem(state.error)}</Problem>
      )}
      <div className="jit-actions">
        <Button type="submit" busy={state.fetching}>
          {note ? t('notes.save') : t('notes.createSubmit')}
        </Button>
        {note && (
          <Button variant="secondary" onClick={onDone}>
            {t('cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
