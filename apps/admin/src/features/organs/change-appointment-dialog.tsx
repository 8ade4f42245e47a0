import { Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { isIsoDate } from '@helsefellesskap/calendar';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { ConfirmDialogActions } from '../../shared/confirm-dialog-actions';
import { useErrorText } from '../../shared/error-messages';
import { useFormatters } from '../../shared/use-formatters';

const CancelAppointmentMutation = graphql(`
  mutation CancelAppointment($id: ID!, $reason: String!) {
    cancelAppointment(id: $id, reason: $reason) {
      id
      cancelledAt
      cancellationReason
    }
  }
`);

const EndAppointmentMutation = graphql(`
  mutation EndAppointment($id: ID!, $endsOn: LocalDate!) {
    endAppointment(id: $id, endsOn: $endsOn) {
      id
      endsOn
    }
  }
`);

/** What the user asked to change: end the appointment on a day, or cancel it as registered in error. */
export interface ChangeRequest {
  kind: 'end' | 'cancel';
  appointmentId: string;
  personName: string;
  roleLabel: string;
  seatLabel: string;
  /** The day the appointment starts: the earliest last day. */
  startsOn: string;
}

interface ChangeAppointmentDialogProps {
  request: ChangeRequest | undefined;
  today: string;
  /** The queries that show appointments on the page, asked again after the change. */
  refetchQueries: string[];
  onClose: () => void;
  /** Called when the change is saved and the page's data is fresh, with a sentence saying what was done. */
  onDone: (message: string) => void;
}

/**
 * Asks before ending an appointment without a replacement (the last day) or cancelling one
 * registered in error (the reason, which the history keeps). Keyboard: focus starts in the field,
 * Escape closes, and a refusal is shown in the dialog in the user's language.
 */
export function ChangeAppointmentDialog({ request, ...props }: ChangeAppointmentDialogProps) {
  // A new request starts from empty fields: the dialog's content is made afresh for each.
  if (!request) return <Dialog open={false} onClose={props.onClose} />;
  return <ChangeAppointmentContent key={`${request.kind}-${request.appointmentId}`} request={request} {...props} />;
}

function ChangeAppointmentContent({
  request,
  today,
  refetchQueries,
  onClose,
  onDone,
}: ChangeAppointmentDialogProps & { request: ChangeRequest }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useFormatters();
  const id = useId();
  const fieldRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const [endsOn, setEndsOn] = useState(request.startsOn > today ? request.startsOn : today);
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const options = { refetchQueries, awaitRefetchQueries: true };
  const [cancelAppointment, cancelState] = useMutation(CancelAppointmentMutation, options);
  const [endAppointment, endState] = useMutation(EndAppointmentMutation, options);
  const loading = cancelState.loading || endState.loading;

  useEffect(() => {
    // Straight to the field the dialog asks for.
    fieldRef.current?.focus();
  }, []);

  const confirm = async () => {
    if (loading) return;
    setFailure(undefined);
    if (request.kind === 'cancel' && reason.trim() === '') {
      setProblem(t('organs.change.reasonRequired'));
      fieldRef.current?.focus();
      return;
    }
    if (request.kind === 'end' && !isIsoDate(endsOn)) {
      setProblem(t('organs.change.dateRequired'));
      fieldRef.current?.focus();
      return;
    }
    setProblem(undefined);
    try {
      if (request.kind === 'cancel') {
        await cancelAppointment({ variables: { id: request.appointmentId, reason: reason.trim() } });
        onDone(t('organs.change.cancelled', { name: request.personName }));
      } else {
        await endAppointment({ variables: { id: request.appointmentId, endsOn } });
        onDone(t('organs.change.ended', { name: request.personName, date: format.date(endsOn) }));
      }
    } catch (error) {
      const byField = errorText.inputErrors(error);
      const fieldMessage = byField ? Object.values(byField.fields).find((message) => message) : undefined;
      if (fieldMessage) setProblem(fieldMessage);
      else setFailure(error);
    }
  };

  const names = { name: request.personName, role: request.roleLabel.toLowerCase(), seat: request.seatLabel };
  const refusals = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN']);
  return (
    <Dialog open onClose={onClose} closeButton={t('organs.change.close')} aria-labelledby={`${id}-heading`}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={`${id}-heading`}>
          {t(request.kind === 'cancel' ? 'organs.change.cancelHeading' : 'organs.change.endHeading', names)}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="dialog-body">
        <Paragraph>{t(request.kind === 'cancel' ? 'organs.change.cancelBody' : 'organs.change.endBody', names)}</Paragraph>
        <form
          className="form-stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          {request.kind === 'cancel' ? (
            <Textfield
              ref={fieldRef}
              multiline
              rows={3}
              label={t('organs.change.reason')}
              description={t('organs.change.reasonDescription')}
              value={reason}
              error={problem}
              onChange={(event) => setReason(event.target.value)}
            />
          ) : (
            <Textfield
              ref={fieldRef}
              className="date-field"
              label={t('organs.change.endsOn')}
              description={t('organs.change.endsOnDescription')}
              type="date"
              min={request.startsOn}
              value={endsOn}
              error={problem}
              onChange={(event) => setEndsOn(event.target.value)}
            />
          )}
        </form>
        <ConfirmDialogActions
          conflicts={refusals}
          failedHeading={t('organs.change.failed')}
          failure={failure}
          confirmLabel={t(request.kind === 'cancel' ? 'organs.change.cancelConfirm' : 'organs.change.endConfirm')}
          cancelLabel={t('organs.change.keep')}
          loading={loading}
          onConfirm={() => void confirm()}
          onCancel={onClose}
          cancelRef={cancelRef}
        />
      </Dialog.Block>
    </Dialog>
  );
}
