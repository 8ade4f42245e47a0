import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChangeRequest } from './change-appointment-dialog';

interface ChangeAppointmentButtonsProps {
  appointment: { id: string; canChange: boolean; startsOn: string; person: { name: string } };
  roleLabel: string;
  seatLabel: string;
  onChange: (request: ChangeRequest) => void;
  /** Another action on the same person (correcting their details), in the same row of buttons. */
  before?: ReactNode;
}

/** "Avslutt" and "Annuller" for an appointment the API says the user may change (after `before`, if given); nothing otherwise. */
export function ChangeAppointmentButtons({ appointment, roleLabel, seatLabel, onChange, before }: ChangeAppointmentButtonsProps) {
  const { t } = useTranslation();
  if (!appointment.canChange && !before) return null;
  return (
    <span className="change-buttons">
      {before}
      {(appointment.canChange ? (['end', 'cancel'] as const) : []).map((kind) => (
        <Button
          key={kind}
          variant="tertiary"
          data-size="sm"
          onClick={() =>
            onChange({
              kind,
              appointmentId: appointment.id,
              personName: appointment.person.name,
              roleLabel,
              seatLabel,
              startsOn: appointment.startsOn,
            })
          }
        >
          {t(kind === 'end' ? 'organs.change.end' : 'organs.change.cancel')}
          <span className="ds-sr-only"> {t('organs.change.forPerson', { role: roleLabel, name: appointment.person.name })}</span>
        </Button>
      ))}
    </span>
  );
}
