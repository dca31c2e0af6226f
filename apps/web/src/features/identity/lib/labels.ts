import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocalPointAuthority, PractitionerType, Role } from '../../../graphql/generated/graphql';
import { isExpertiseArea } from './options';

/** Translated names of the identity enums; free-text expertise is shown as written. */
export function useMemberLabels() {
  const { t } = useTranslation('members');
  return useMemo(
    () => ({
      role: (role: Role) => t(`role.${role}`),
      practitionerType: (type: PractitionerType) => t(`practitionerType.${type}`),
      authority: (authority: FocalPointAuthority) => t(`authority.${authority}`),
      expertise: (area: string) => (isExpertiseArea(area) ? t(`expertise.${area}`) : area),
    }),
    [t],
  );
}
