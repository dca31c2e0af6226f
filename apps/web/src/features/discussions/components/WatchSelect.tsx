import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WatchLevel } from '@cop/contracts';
import { Select } from '../../../ui/Select';
import { useToast } from '../../../ui/Toast';

export interface WatchSelectProps {
  /** What is watched: a thread tells of new posts, a category of new threads. */
  kind: 'thread' | 'category';
  level: WatchLevel;
  /** Names the control, e.g. "Notifications for Tracing requests". */
  label: string;
  /** Saves the choice; resolves to false when it failed. */
  onChange: (level: WatchLevel) => Promise<boolean>;
  /** Shows the label on screen (a thread page) or only to screen readers (a list). */
  labelHidden?: boolean;
}

const LEVELS: readonly WatchLevel[] = ['NONE', 'WATCHING', 'MUTED'];

/** Watch, mute, or the default: a native drop-down, as keyboards, screen readers and phones know it. */
export function WatchSelect({ kind, level, label, onChange, labelHidden = false }: WatchSelectProps) {
  const { t } = useTranslation('discussions');
  const toast = useToast();
  const id = useId();
  const [saving, setSaving] = useState<WatchLevel | null>(null);

  async function change(next: WatchLevel) {
    setSaving(next);
    const ok = await onChange(next);
    setSaving(null);
    if (!ok) toast.show(t('watch.failed'), { tone: 'error' });
    else toast.show(t(`watch.saved.${next}`), { tone: 'success' });
  }

  return (
    <div className="discussions-watch">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'discussions-watch__label'}>
        {label}
      </label>
      <Select
        id={id}
        value={saving ?? level}
        aria-busy={saving !== null || undefined}
        onChange={(event) => void change(event.target.value as WatchLevel)}
      >
        {LEVELS.map((option) => (
          <option key={option} value={option}>
            {t(`watch.${kind}.${option}`)}
          </option>
        ))}
      </Select>
    </div>
  );
}
