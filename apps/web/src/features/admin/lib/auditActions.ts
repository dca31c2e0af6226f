import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type admin from '../../../i18n/locales/en/admin.json';

type KnownAction = keyof (typeof admin)['auditAction'];

/** `member.role_changed` → `member_role_changed` (dots in a key would nest it). */
export function auditActionKey(action: string): string {
  return action.replace(/\./g, '_');
}

/**
 * The translated name of an audit action, or the action itself for one the web does not know yet
 * (the api adds actions as domains arrive).
 */
export function useAuditActionLabel(): (action: string) => string {
  const { t, i18n } = useTranslation('admin');
  return useCallback(
    (action: string) => {
      const key = auditActionKey(action);
      const known = (candidate: string): candidate is KnownAction =>
        i18n.exists(`auditAction.${candidate}`, { ns: 'admin' });
      return known(key) ? t(`auditAction.${key}`) : action;
    },
    [t, i18n],
  );
}
