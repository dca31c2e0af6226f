import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { JIT_LIMITS, JitTaskStatus } from '@cop/contracts';
import type { JitTaskFieldsFragment } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { Day, FormFooter, Person, Problem, QueryGate, When } from '../components/common';
import {
  CommentJitTaskMutation,
  CreateJitTaskMutation,
  JitTasksQuery,
  SetJitTaskStatusMutation,
  UpdateJitTaskMutation,
} from '../graphql/jit';
import { useAreaRefresh, useWorkspace } from '../hooks/workspace';
import { isIsoDay, orNull } from '../lib/dates';
import { useJitFieldErrors, useJitProblem } from '../lib/errors';

type Task = JitTaskFieldsFragment;
const STATUSES = Object.values(JitTaskStatus);

interface TaskDraft {
  title: string;
  description: string;
  assigneeId: string;
  dueOn: string;
}

/** The workspace's tasks, grouped by status; writers create, assign, move and comment. */
export function TasksTab() {
  const { t } = useTranslation('jit');
  const { workspace } = useWorkspace();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitTasksQuery,
    variables: { workspaceId: workspace.id },
    requestPolicy: 'cache-and-network',
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useAreaRefresh('tasks', refetch);
  const [editing, setEditing] = useState<Task | null>(null);

  return (
    <section aria-labelledby="jit-tasks-heading" className="jit-section">
      <h2 id="jit-tasks-heading">{t('tabs.tasks')}</h2>
      {workspace.canWrite && <NewTask onCreated={refetch} />}
      <QueryGate error={error} fetching={fetching} ready={!!data} onRetry={refetch}>
        {() => (
          <div className="jit-task-groups">
            {STATUSES.map((status) => {
              const tasks = (data?.jitTasks ?? []).filter((task) => task.status === status);
              return (
                <section key={status} aria-labelledby={`jit-tasks-${status}`} className="jit-task-group">
                  <h3 id={`jit-tasks-${status}`}>
                    {t(`taskStatus.${status}`)} ({tasks.length})
                  </h3>
                  {tasks.length === 0 ? (
                    <p className="jit-muted">{t('tasks.none')}</p>
                  ) : (
                    <ul className="jit-list">
                      {tasks.map((task) => (
                        <TaskItem
                          key={task.id}
                          task={task}
                          onEdit={() => setEditing(task)}
                          onChanged={refetch}
                        />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        )}
      </QueryGate>
      {editing && (
        <EditTask
          task={editing}
          onClose={() => {
            setEditing(null);
            refetch();
          }}
        />
      )}
    </section>
  );
}

function TaskFields({
  draft,
  onChange,
  errors,
}: {
  draft: TaskDraft;
  onChange: (draft: TaskDraft) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation('jit');
  const { workspace } = useWorkspace();
  const set = <K extends keyof TaskDraft>(key: K, value: TaskDraft[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <>
      <FormField label={t('tasks.title')} error={errors.title}>
        <TextInput
          value={draft.title}
          dir="auto"
          maxLength={JIT_LIMITS.taskTitleMax}
          onChange={(e) => set('title', e.target.value)}
        />
      </FormField>
      <FormField label={t('tasks.description')} error={errors.description}>
        <TextArea
          value={draft.description}
          dir="auto"
          rows={3}
          maxLength={JIT_LIMITS.taskDescriptionMax}
          onChange={(e) => set('description', e.target.value)}
        />
      </FormField>
      <div className="jit-form__row">
        <FormField label={t('tasks.assignee')} error={errors.assigneeId}>
          <Select value={draft.assigneeId} onChange={(e) => set('assigneeId', e.target.value)}>
            <option value="">{t('requests.nobody')}</option>
            {workspace.members
              .filter((entry) => entry.role !== 'OBSERVER')
              .map((entry) => (
                <option key={entry.member.id} value={entry.member.id}>
                  {entry.member.fullName}
                </option>
              ))}
          </Select>
        </FormField>
        <FormField label={t('tasks.dueOn')} error={errors.dueOn}>
          <TextInput type="date" value={draft.dueOn} onChange={(e) => set('dueOn', e.target.value)} />
        </FormField>
      </div>
    </>
  );
}

function check(draft: TaskDraft, t: (key: 'create.problem.required' | 'create.problem.date') => string) {
  const problems: Record<string, string> = {};
  if (!draft.title.trim()) problems.title = t('create.problem.required');
  if (draft.dueOn && !isIsoDay(draft.dueOn)) problems.dueOn = t('create.problem.date');
  return problems;
}

function NewTask({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const problem = useJitProblem();
  const { workspace } = useWorkspace();
  const empty: TaskDraft = { title: '', description: '', assigneeId: '', dueOn: '' };
  const [draft, setDraft] = useState<TaskDraft>(empty);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [state, create] = useMutation(CreateJitTaskMutation);
  const errors = { ...useJitFieldErrors(state.error), ...local };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = check(draft, t);
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await create({
      input: {
        workspaceId: workspace.id,
        title: draft.title.trim(),
        description: orNull(draft.description),
        assigneeId: draft.assigneeId || null,
        dueOn: orNull(draft.dueOn),
      },
    });
    if (!result.error) {
      setDraft(empty);
      toast.show(t('tasks.created'), { tone: 'success' });
      onCreated();
    }
  }

  return (
    <details className="jit-panel">
      <summary>{t('tasks.new')}</summary>
      <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
        <TaskFields draft={draft} onChange={setDraft} errors={errors} />
        {state.error && <Problem>{problem(state.error)}</Problem>}
        <div>
          <Button type="submit" busy={state.fetching}>
            {t('tasks.createSubmit')}
          </Button>
        </div>
      </form>
    </details>
  );
}

function TaskItem({ task, onEdit, onChanged }: { task: Task; onEdit: () => void; onChanged: () => void }) {
  const { t } = useTranslation('jit');
  const problem = useJitProblem();
  const { workspace } = useWorkspace();
  const [statusState, setStatus] = useMutation(SetJitTaskStatusMutation);
  const [commentState, comment] = useMutation(CommentJitTaskMutation);
  const [body, setBody] = useState('');

  return (
    <li className="jit-task">
      <h4 dir="auto">{task.title}</h4>
      <p className="jit-muted">
        {t('tasks.assignee')}: {task.assignee ? <Person person={task.assignee} /> : t('requests.nobody')} ·{' '}
        {t('tasks.dueOn')}: <Day value={task.dueOn} />{' '}
        {task.overdue && <span className="jit-badge jit-badge--overdue">{t('requests.overdue')}</span>}
      </p>
      {task.description && (
        <p className="jit-pre" dir="auto">
          {task.description}
        </p>
      )}
      {workspace.canWrite && (
        <div className="jit-inline-form">
          <FormField label={t('tasks.statusOf', { title: task.title })}>
            <Select
              value={task.status}
              disabled={statusState.fetching}
              onChange={(event) =>
                void setStatus({ id: task.id, status: event.target.value as JitTaskStatus }).then(onChanged)
              }
            >
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`taskStatus.${value}`)}
                </option>
              ))}
            </Select>
          </FormField>
          <Button
            variant="secondary"
            aria-label={t('tasks.editNamed', { title: task.title })}
            onClick={onEdit}
          >
            {t('tasks.edit')}
          </Button>
        </div>
      )}
      {statusState.error && <Problem>{problem(statusState.error)}</Problem>}
      <details>
        <summary>{t('tasks.comments', { n: task.comments.length })}</summary>
        <ul className="jit-list">
          {task.comments.map((entry) => (
            <li key={entry.id}>
              <p className="jit-muted">
                <Person person={entry.author} /> · <When value={entry.createdAt} />
              </p>
              <p className="jit-pre" dir="auto">
                {entry.body}
              </p>
            </li>
          ))}
        </ul>
        {workspace.canWrite && (
          <form
            className="jit-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (!body.trim()) return;
              void comment({ id: task.id, body: body.trim() }).then((result) => {
                if (!result.error) {
                  setBody('');
                  onChanged();
                }
              });
            }}
          >
            <FormField label={t('tasks.comment')}>
              <TextArea
                value={body}
                dir="auto"
                rows={2}
                maxLength={JIT_LIMITS.commentMax}
                onChange={(e) => setBody(e.target.value)}
              />
            </FormField>
            {commentState.error && <Problem>{problem(commentState.error)}</Problem>}
            <div>
              <Button type="submit" variant="secondary" busy={commentState.fetching}>
                {t('requests.addComment')}
              </Button>
            </div>
          </form>
        )}
      </details>
    </li>
  );
}

function EditTask({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const [draft, setDraft] = useState<TaskDraft>({
    title: task.title,
    description: task.description ?? '',
    assigneeId: task.assignee?.id ?? '',
    dueOn: task.dueOn ?? '',
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [state, update] = useMutation(UpdateJitTaskMutation);
  const errors = { ...useJitFieldErrors(state.error), ...local };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = check(draft, t);
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await update({
      id: task.id,
      input: {
        title: draft.title.trim(),
        description: orNull(draft.description),
        assigneeId: draft.assigneeId || null,
        dueOn: orNull(draft.dueOn),
      },
    });
    if (!result.error) {
      toast.show(t('saved'), { tone: 'success' });
      onClose();
    }
  }

  return (
    <Dialog open onClose={onClose} title={t('tasks.edit')}>
      <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
        <TaskFields draft={draft} onChange={setDraft} errors={errors} />
        <FormFooter state={state} submitLabel={t('save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
