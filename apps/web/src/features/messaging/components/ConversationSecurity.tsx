import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { SafetyNumberDialog } from '../../e2e/components/SafetyNumberDialog';
import { DeviceKeysQuery } from '../../e2e/graphql/devices';
import { useVerification } from '../../e2e/hooks/useVerification';
import { LockIcon } from './Icons';

const SEEN_PREFIX = 'cop.e2e.seen';

/** The devices of a member as this browser last acknowledged them (their ids, sorted). */
function seenKey(me: string, other: string): string {
  return `${SEEN_PREFIX}:${me}:${other}`;
}

function readSeen(me: string, other: string): string | null {
  try {
    return window.localStorage.getItem(seenKey(me, other));
  } catch {
    return null;
  }
}

function writeSeen(me: string, other: string, fingerprint: string): void {
  try {
    window.localStorage.setItem(seenKey(me, other), fingerprint);
  } catch {
    // Storage refused: the notice comes back on the next visit.
  }
}

export interface ConversationSecurityProps {
  me: string;
  /** The other current members, with their names. */
  others: ReadonlyArray<{ id: string; name: string }>;
  /** A direct conversation: its safety number can be compared from here. */
  direct: boolean;
  /** Bumped when a member's devices changed (`devices.changed`): the keys are read again. */
  revision: number;
}

/**
 * The conversation's encryption in its header: "End-to-end encrypted", the safety number of a
 * direct conversation with its "verified" mark, and a notice when another member's devices changed
 * since this browser last saw them (a device added or removed: the member should compare safety
 * numbers before trusting it). The first time a member is seen, their devices are simply noted.
 */
export function ConversationSecurity({ me, others, direct, revision }: ConversationSecurityProps) {
  const { t, i18n } = useTranslation('messaging');
  const userIds = useMemo(() => [me, ...others.map((other) => other.id)].slice(0, 100), [me, others]);
  const [{ data }, reexecute] = useQuery({
    query: DeviceKeysQuery,
    variables: { userIds },
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (revision > 0) reexecute({ requestPolicy: 'network-only' });
  }, [revision, reexecute]);

  const fingerprints = useMemo(() => {
    const byUser = new Map<string, string[]>();
    for (const key of data?.deviceKeys ?? []) {
      byUser.set(key.userId, [...(byUser.get(key.userId) ?? []), key.deviceId]);
    }
    return new Map(others.map((other) => [other.id, (byUser.get(other.id) ?? []).sort().join(',')]));
  }, [data, others]);

  // A member seen for the first time: their devices are simply noted (nothing to compare with).
  useEffect(() => {
    if (!data) return;
    // (Not in `changed` meanwhile: a member with nothing noted is never "changed".)
    for (const other of others) {
      if (readSeen(me, other.id) === null) writeSeen(me, other.id, fingerprints.get(other.id) ?? '');
    }
  }, [data, fingerprints, me, others]);
  const [acknowledged, setAcknowledged] = useState(0);
  const changed = useMemo(() => {
    if (!data) return [];
    return others
      .filter((other) => {
        const seen = readSeen(me, other.id);
        return seen !== null && seen !== (fingerprints.get(other.id) ?? '');
      })
      .map((other) => other.name);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `acknowledged` re-reads localStorage
  }, [data, fingerprints, me, others, acknowledged]);

  const [comparing, setComparing] = useState(false);
  const other = direct ? others[0] : undefined;

  function acknowledge() {
    for (const member of others) writeSeen(me, member.id, fingerprints.get(member.id) ?? '');
    setAcknowledged((value) => value + 1);
  }

  return (
    <>
      <p className="messaging-security">
        <span className="messaging-security__badge" title={t('e2e.badgeHint')}>
          <LockIcon /> {t('e2e.badge')}
        </span>
        {other && <SafetyButton otherUserId={other.id} onOpen={() => setComparing(true)} />}
      </p>
      {changed.length > 0 && (
        <div className="messaging-security__notice" role="status">
          <p>
            {t('e2e.devicesChanged', {
              names: new Intl.ListFormat(currentLanguage(i18n), { type: 'conjunction' }).format(changed),
            })}
          </p>
          <div className="messaging-security__actions">
            {other && (
              <Button variant="secondary" onClick={() => setComparing(true)}>
                {t('e2e.compare')}
              </Button>
            )}
            <Button variant="secondary" onClick={acknowledge}>
              {t('e2e.acknowledge')}
            </Button>
          </div>
        </div>
      )}
      {other && (
        <SafetyNumberDialog
          open={comparing}
          onClose={() => setComparing(false)}
          otherUserId={other.id}
          otherName={other.name}
        />
      )}
    </>
  );
}

function SafetyButton({ otherUserId, onOpen }: { otherUserId: string; onOpen: () => void }) {
  const { t } = useTranslation('messaging');
  const { verified } = useVerification(otherUserId);
  return (
    <button type="button" className="messaging-action messaging-security__safety" onClick={onOpen}>
      {verified ? t('e2e.verified') : t('e2e.safetyNumber')}
    </button>
  );
}
