import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../../identity/session/ViewerContext';
import { DeviceKeysQuery } from '../graphql/devices';
import {
  safetyNumberOf,
  setVerified as storeVerified,
  verificationOf,
  VERIFICATION_EVENT,
} from '../lib/safety';

export interface Verification {
  /** The 60-digit safety number ("12345 67890 …"); null while loading or when one member has no device. */
  number: string | null;
  /** The member marked this very number as verified. */
  verified: boolean;
  /** The member had verified a number with this person, and it has changed since. */
  changed: boolean;
  /** Neither member's keys have arrived yet. */
  fetching: boolean;
  /** The keys could not be fetched. */
  failed: boolean;
  /** One member has no device: there is nothing to compare yet. */
  noDevices: boolean;
  setVerified: (verified: boolean) => void;
  refetch: () => void;
}

/**
 * The safety number between the signed-in member and `otherUserId`, and whether the member marked
 * it as verified (for the conversation header and the safety number dialog).
 */
export function useVerification(otherUserId: string): Verification {
  const { viewer } = useViewer();
  const me = viewer?.id ?? '';
  const [result, reexecute] = useQuery({
    query: DeviceKeysQuery,
    variables: { userIds: [me, otherUserId] },
    pause: !me || !otherUserId,
    requestPolicy: 'cache-and-network',
  });
  const keys = result.data?.deviceKeys;
  const number = useMemo(
    () => (keys ? safetyNumberOf(keys, me, otherUserId) : null),
    [keys, me, otherUserId],
  );

  // Re-read the mark when it changes in this tab or another one.
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const bump = () => setRevision((value) => value + 1);
    window.addEventListener(VERIFICATION_EVENT, bump);
    window.addEventListener('storage', bump);
    return () => {
      window.removeEventListener(VERIFICATION_EVENT, bump);
      window.removeEventListener('storage', bump);
    };
  }, []);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` re-reads localStorage
  const state = useMemo(() => verificationOf(me, otherUserId, number), [me, otherUserId, number, revision]);

  const setVerified = useCallback(
    (verified: boolean) => {
      if (me && number) storeVerified(me, otherUserId, number, verified);
    },
    [me, otherUserId, number],
  );
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  return {
    number,
    verified: state.verified,
    changed: state.changed,
    fetching: !keys && (result.fetching || (!result.error && Boolean(me))),
    failed: Boolean(result.error) && !keys,
    noDevices: Boolean(keys) && number === null,
    setVerified,
    refetch,
  };
}
