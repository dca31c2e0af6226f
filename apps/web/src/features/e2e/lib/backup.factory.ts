/**
 * The api's key backup, played in memory for tests: `answers` plug into `graphqlNetwork`
 * (KeyBackup, KeyBackupInfo, SaveKeyBackup, DeleteKeyBackup) with the api's optimistic versions (a
 * save from another version than the current one answers CONFLICT with `currentVersion`, 0 meaning
 * "none yet"); `state.backup` is what the server holds.
 */
export interface FakeBackup {
  blob: string;
  version: number;
  updatedAt: string;
}

export function fakeBackupServer(initial: FakeBackup | null = null) {
  const state = { backup: initial, saves: 0, conflicts: 0 };
  const conflict = (currentVersion: number) => ({
    data: null,
    errors: [
      {
        message: 'The key backup was changed by another device: read it again.',
        extensions: { code: 'CONFLICT', reason: 'staleVersion', currentVersion },
      },
    ],
  });
  const answers = {
    KeyBackup: () => ({ data: { keyBackup: state.backup } }),
    KeyBackupInfo: () => ({
      data: {
        keyBackup: state.backup ? { version: state.backup.version, updatedAt: state.backup.updatedAt } : null,
      },
    }),
    SaveKeyBackup: (variables: Record<string, unknown>) => {
      const blob = variables.blob as string;
      const expectedVersion = variables.expectedVersion as number;
      const current = state.backup?.version ?? 0;
      if (expectedVersion !== current) {
        state.conflicts += 1;
        return conflict(current);
      }
      state.backup = { blob, version: current + 1, updatedAt: new Date().toISOString() };
      state.saves += 1;
      return {
        data: { saveKeyBackup: { version: state.backup.version, updatedAt: state.backup.updatedAt } },
      };
    },
    DeleteKeyBackup: () => {
      const existed = state.backup !== null;
      state.backup = null;
      return { data: { deleteKeyBackup: existed } };
    },
  };
  return { state, answers };
}
