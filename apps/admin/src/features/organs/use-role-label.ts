import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppointmentLike } from './seats';

/**
 * An appointment's role in words: "Medlem", "Personlig vara for Unni Johansen", "Vararepresentant,
 * plass 2". `others` are the appointments a personal deputy's member is looked up in.
 */
export function useAppointmentRoleLabel(others: readonly AppointmentLike[]): (appointment: AppointmentLike) => string {
  const { t } = useTranslation();
  return useCallback(
    (appointment: AppointmentLike) => {
      if (appointment.role === 'PERSONAL_DEPUTY') {
        const member = others.find((other) => other.id === appointment.deputyForAppointmentId);
        return member ? t('organs.roles.personalDeputyFor', { name: member.person.name }) : t('organs.roles.PERSONAL_DEPUTY');
      }
      if (appointment.role === 'DEPUTY' && appointment.deputyRank != null)
        return t('organs.roles.deputyRank', { rank: appointment.deputyRank });
      return t(`organs.roles.${appointment.role}`);
    },
    [others, t],
  );
}
