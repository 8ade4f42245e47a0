import { Button, Checkbox, Dialog, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { isIsoDate } from '@helsefellesskap/calendar';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { AppointingBodyKind, SeatSide } from '../../gql/graphql';
import { ConfirmDialogActions } from '../../shared/confirm-dialog-actions';
import { useErrorText } from '../../shared/error-messages';
import { QueryError } from '../../shared/query-state';
import { SelectField } from '../../shared/select-field';
import { useFormatters } from '../../shared/use-formatters';

const CreateSeatMutation = graphql(`
  mutation CreateSeat($input: CreateSeatInput!) {
    createSeat(input: $input) {
      id
      label
    }
  }
`);

const RetireSeatMutation = graphql(`
  mutation RetireSeat($id: ID!, $retiredOn: LocalDate!) {
    retireSeat(id: $id, retiredOn: $retiredOn) {
      id
      retiredOn
    }
  }
`);

interface Named {
  id: string;
  name: string;
}

interface NewSeatFormProps {
  organId: string;
  /** The bodies of the community that can appoint to a seat. */
  bodies: { regionalCouncils: readonly Named[]; partners: readonly Named[]; organs: readonly Named[] };
  onDone: (message: string) => void;
  onCancel: () => void;
}

const sides: readonly SeatSide[] = ['HOSPITAL', 'MUNICIPAL', 'OBSERVER'];
const bodyKinds: readonly AppointingBodyKind[] = ['REGIONAL_COUNCIL', 'PARTNER', 'ORGAN', 'EXTERNAL'];

/** A new seat of the organ (secretariat): its name, side, right and the one body that appoints to it. */
export function NewSeatForm({ organId, bodies, onDone, onCancel }: NewSeatFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [label, setLabel] = useState('');
  const [side, setSide] = useState<SeatSide>('MUNICIPAL');
  const [voting, setVoting] = useState(true);
  const [kind, setKind] = useState<AppointingBodyKind>('REGIONAL_COUNCIL');
  const [bodyId, setBodyId] = useState('');
  const [externalName, setExternalName] = useState('');
  const [errors, setErrors] = useState<{ label?: string; body?: string }>({});
  const [failure, setFailure] = useState<unknown>();
  const [createSeat, { loading }] = useMutation(CreateSeatMutation, { refetchQueries: ['OrganPage'], awaitRefetchQueries: true });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const choices = kind === 'REGIONAL_COUNCIL' ? bodies.regionalCouncils : kind === 'PARTNER' ? bodies.partners : bodies.organs;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const found = {
      label: label.trim() === '' ? t('organs.seats.labelRequired') : undefined,
      body: (kind === 'EXTERNAL' ? externalName.trim() === '' : bodyId === '') ? t('organs.seats.bodyRequired') : undefined,
    };
    setErrors(found);
    setFailure(undefined);
    if (found.label || found.body) return;
    try {
      await createSeat({
        variables: {
          input: {
            organId,
            label: label.trim(),
            side,
            voting: side !== 'OBSERVER' && voting,
            appointingBody: {
              kind,
              regionalCouncilId: kind === 'REGIONAL_COUNCIL' ? bodyId : null,
              partnerId: kind === 'PARTNER' ? bodyId : null,
              organId: kind === 'ORGAN' ? bodyId : null,
              name: kind === 'EXTERNAL' ? externalName.trim() : null,
            },
          },
        },
      });
      onDone(t('organs.seats.created', { label: label.trim() }));
    } catch (error) {
      const byField = errorText.inputErrors(error);
      if (byField?.fields.label) setErrors({ label: byField.fields.label });
      else setFailure(error);
    }
  };

  const refusals = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT']);
  return (
    <section className="page-section appoint-form" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('organs.seats.newHeading')}
      </Heading>
      {refusals.map((message) => (
        <Paragraph key={message} role="alert">
          {message}
        </Paragraph>
      ))}
      {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield label={t('organs.seats.label')} value={label} error={errors.label} onChange={(event) => setLabel(event.target.value)} />
        <SelectField
          id={`${id}-side`}
          label={t('organs.seats.side')}
          value={side}
          onChange={(value) => setSide(sides.find((candidate) => candidate === value) ?? 'MUNICIPAL')}
        >
          {sides.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`organs.sides.${candidate}`)}
            </Select.Option>
          ))}
        </SelectField>
        {side !== 'OBSERVER' && (
          <Checkbox
            label={t('organs.composition.voting')}
            description={t('organs.seats.votingDescription')}
            checked={voting}
            onChange={(event) => setVoting(event.target.checked)}
          />
        )}
        <SelectField
          id={`${id}-kind`}
          label={t('organs.seats.bodyKind')}
          value={kind}
          onChange={(value) => {
            setKind(bodyKinds.find((candidate) => candidate === value) ?? 'REGIONAL_COUNCIL');
            setBodyId('');
          }}
        >
          {bodyKinds.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`organs.seats.bodyKinds.${candidate}`)}
            </Select.Option>
          ))}
        </SelectField>
        {kind === 'EXTERNAL' ? (
          <Textfield
            label={t('organs.seats.externalName')}
            description={t('organs.seats.externalNameDescription')}
            value={externalName}
            error={errors.body}
            onChange={(event) => setExternalName(event.target.value)}
          />
        ) : (
          <SelectField id={`${id}-body`} label={t('organs.seats.body')} value={bodyId} error={errors.body} onChange={setBodyId}>
            <Select.Option value="">{t('organs.seats.chooseBody')}</Select.Option>
            {choices.map((body) => (
              <Select.Option key={body.id} value={body.id}>
                {body.name}
              </Select.Option>
            ))}
          </SelectField>
        )}
        <div className="button-row">
          <Button type="submit" loading={loading}>
            {t('organs.seats.create')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('organs.appoint.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** What the user asked to retire. */
export interface RetireRequest {
  seatId: string;
  label: string;
}

/** Asks for a retired seat's last day; a refusal (someone holds it after that day) is shown in the dialog. */
export function RetireSeatDialog(props: {
  request: RetireRequest | undefined;
  today: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  if (!props.request) return <Dialog open={false} onClose={props.onClose} />;
  return <RetireSeatContent key={props.request.seatId} {...props} request={props.request} />;
}

function RetireSeatContent({
  request,
  today,
  onClose,
  onDone,
}: {
  request: RetireRequest;
  today: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useFormatters();
  const id = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [retiredOn, setRetiredOn] = useState(today);
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [retireSeat, { loading }] = useMutation(RetireSeatMutation, { refetchQueries: ['OrganPage'], awaitRefetchQueries: true });

  useEffect(() => {
    fieldRef.current?.focus();
  }, []);

  const confirm = async () => {
    if (loading) return;
    if (!isIsoDate(retiredOn)) {
      setProblem(t('organs.change.dateRequired'));
      return;
    }
    setProblem(undefined);
    setFailure(undefined);
    try {
      await retireSeat({ variables: { id: request.seatId, retiredOn } });
      onDone(t('organs.seats.retired', { label: request.label, date: format.date(retiredOn) }));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Dialog open onClose={onClose} closeButton={t('organs.change.close')} aria-labelledby={`${id}-heading`}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={`${id}-heading`}>
          {t('organs.seats.retireHeading', { label: request.label })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="dialog-body">
        <Paragraph>{t('organs.seats.retireBody')}</Paragraph>
        <form
          className="form-stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <Textfield
            ref={fieldRef}
            className="date-field"
            type="date"
            label={t('organs.seats.retiredOn')}
            value={retiredOn}
            error={problem}
            onChange={(event) => setRetiredOn(event.target.value)}
          />
        </form>
        <ConfirmDialogActions
          conflicts={errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN'])}
          failedHeading={t('organs.change.failed')}
          failure={failure}
          confirmLabel={t('organs.seats.retireConfirm')}
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
