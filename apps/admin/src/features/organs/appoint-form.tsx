import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import { useErrorText } from '../../shared/error-messages';
import { errorCodes } from '../../shared/graphql-errors';
import { QueryError } from '../../shared/query-state';
import { SelectField } from '../../shared/select-field';
import { useFormatters } from '../../shared/use-formatters';
import {
  type AppointField,
  appointFieldOf,
  appointFields,
  type AppointRole,
  type AppointValues,
  buildAppointInput,
  emptyAppointValues,
} from './appoint-input';
import type { SeatSide } from '../../gql/graphql';
import { dayBefore, isIsoDate } from '@helsefellesskap/calendar';
import { type AppointmentLike, councilSeatStatus, deputiesOf, type PersonLike, replacedBy } from './seats';
import { usePeriodFormat } from './use-period-format';

const AppointPersonsQuery = graphql(`
  query AppointPersons($communityId: ID!) {
    persons(communityId: $communityId) {
      id
      name
      title
      employer
      side
      partnerId
    }
    community(id: $communityId) {
      id
      partners {
        id
        name
        kind
      }
    }
  }
`);

const AppointMutation = graphql(`
  mutation Appoint($input: AppointInput!) {
    appoint(input: $input) {
      id
      role
      startsOn
      endsOn
      person {
        id
        name
      }
      warnings {
        kind
        seatSide
        personSide
      }
    }
  }
`);

/** The seat as the form needs it: its side and its appointments (to propose dates and say whom a replacement ends). */
export interface AppointableSeat {
  id: string;
  label: string;
  side: SeatSide;
  history: readonly (AppointmentLike & { endsOn?: string | null; person: PersonLike })[];
}

type SideFilter = 'ALL' | 'HOSPITAL' | 'MUNICIPAL';

type FieldErrors = Partial<Record<AppointField, string>>;

interface AppointFormProps {
  communityId: string;
  seat: AppointableSeat;
  role: AppointRole;
  today: string;
  /** The page's queries that show appointments, asked again after saving. */
  refetchQueries: string[];
  /** Called after the appointment is saved and the page's data is fresh, with a sentence saying what was done. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Appoints (or replaces) the holder of a seat in one role (member, personal deputy, a place on the
 * hospital's deputy list, observer, chair or vice-chair): an existing person (filtered by side and
 * employer) or a new one, the term, the decision and whether the current holder steps down.
 */
export function AppointForm({ communityId, seat, role, today, refetchQueries, onDone, onCancel }: AppointFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useFormatters();
  const period = usePeriodFormat();
  const id = useId();
  const fieldId = (field: AppointField) => `${id}-${field}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const status = councilSeatStatus(seat.history, today);
  const newestMember = status.members.at(-1);
  const [values, setValues] = useState<AppointValues>(() => initialValues(role, status.member ?? newestMember, newestMember, today));
  const [sideFilter, setSideFilter] = useState<SideFilter>(seat.side === 'OBSERVER' ? 'ALL' : seat.side);
  const [employerFilter, setEmployerFilter] = useState('');
  const isOffice = role === 'CHAIR' || role === 'VICE_CHAIR';
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [attempts, setAttempts] = useState(0);
  const persons = useQuery(AppointPersonsQuery, { variables: { communityId }, fetchPolicy: 'cache-and-network' });
  const [appoint, { loading }] = useMutation(AppointMutation, {
    refetchQueries: [...refetchQueries, 'AppointPersons'],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    // The form opens below the table: take the user there.
    headingRef.current?.focus();
  }, []);

  const change = <K extends keyof AppointValues>(field: K, value: AppointValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  // Who a replacement would end, as the API will do it: the checkbox is offered when there is someone,
  // with their names. Until the start date is known, that is whoever holds the place today or later.
  const replaced = isIsoDate(values.startsOn)
    ? replacedBy(seat.history, {
        role,
        startsOn: values.startsOn,
        endsOn: isIsoDate(values.endsOn) ? values.endsOn : null,
        deputyForAppointmentId: values.deputyForAppointmentId,
        deputyRank: Number(values.deputyRank),
      })
    : role === 'MEMBER'
      ? status.members
      : role === 'PERSONAL_DEPUTY'
        ? deputiesOf(seat.history, values.deputyForAppointmentId, today)
        : [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setFailure(undefined);
    setOtherErrors([]);
    const parsed = buildAppointInput(values, seat.id, role);
    if (!parsed.ok) {
      const errors: FieldErrors = {};
      for (const field of appointFields) {
        const problem = parsed.problems[field];
        if (problem) errors[field] = t(`organs.appoint.errors.${problem}`);
      }
      setFieldErrors(errors);
      setAttempts((count) => count + 1);
      return;
    }
    setFieldErrors({});
    try {
      const { data } = await appoint({ variables: { input: parsed.input } });
      const appointment = data?.appoint;
      if (appointment) {
        const done = t(`organs.appoint.done.${role}`, {
          name: appointment.person.name,
          seat: seat.label,
          date: format.date(appointment.startsOn),
        });
        // The API decides what deserves a second look; the message says it in the user's language.
        const warnings = appointment.warnings.map((warning) =>
          t('organs.appoint.sideMismatch', {
            name: appointment.person.name,
            personSide: t(`organs.personSide.${warning.personSide ?? 'OBSERVER'}`),
            seatSide: t(`organs.seatSide.${warning.seatSide}`),
          }),
        );
        onDone([done, ...warnings].join(' '));
      }
    } catch (error) {
      const byField = errorText.inputErrors(error);
      if (byField) {
        const errors: FieldErrors = {};
        const other = [...byField.other];
        for (const [field, message] of Object.entries(byField.fields)) {
          if (!message) continue;
          const formField = appointFieldOf(field, values.personMode);
          if (formField && !errors[formField]) errors[formField] = message;
          else other.push(message);
        }
        setFieldErrors(errors);
        setOtherErrors(other);
        setAttempts((count) => count + 1);
      } else {
        setFieldErrors({});
        setFailure(error);
        setAttempts((count) => count + 1);
      }
    }
  };

  const summaryItems: FormErrorItem[] = [
    ...appointFields.flatMap((field) => {
      const message = fieldErrors[field];
      return message ? [{ fieldId: fieldId(field), message: `${fieldLabel(field, t)}: ${message}` }] : [];
    }),
    ...otherErrors.map((message) => ({ message })),
  ];
  const codes = errorCodes(failure);
  const refusals = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN']);
  const heading = t(`organs.appoint.heading.${role}`, { seat: seat.label });
  // An officer is elected among the seat's members; anyone else is picked from the register, by side and employer.
  const seatMembers = new Set(status.members.map((member) => member.person.id));
  const registered = persons.data?.persons ?? [];
  const personList = isOffice
    ? registered.filter((person) => seatMembers.has(person.id))
    : registered.filter(
        (person) => (sideFilter === 'ALL' || person.side === sideFilter) && (employerFilter === '' || person.partnerId === employerFilter),
      );
  const partners = persons.data?.community?.partners ?? [];
  // The employers of the people registered, by name: the partners that someone works for.
  const employing = new Set(registered.map((person) => person.partnerId));
  const employers = partners.filter((partner) => employing.has(partner.id)).sort((a, b) => a.name.localeCompare(b.name, 'nb'));

  return (
    <section className="page-section appoint-form" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      <Paragraph>{t(`organs.appoint.intro.${role}`)}</Paragraph>
      <FormErrorSummary key={attempts} heading={t('organs.appoint.errors.summary')} items={summaryItems} />
      {refusals.length > 0 && (
        <RefusalAlert
          key={attempts}
          heading={codes.includes('FORBIDDEN') ? t('organs.appoint.forbidden') : t('organs.appoint.conflict')}
          color={codes.includes('FORBIDDEN') ? 'warning' : 'danger'}
          messages={refusals}
        />
      )}
      {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        {role === 'PERSONAL_DEPUTY' && (
          <SelectField
            id={fieldId('deputyForAppointmentId')}
            label={t('organs.appoint.deputyFor')}
            description={t('organs.appoint.deputyForDescription')}
            value={values.deputyForAppointmentId}
            error={fieldErrors.deputyForAppointmentId}
            onChange={(value) => change('deputyForAppointmentId', value)}
          >
            <Select.Option value="">{t('organs.appoint.chooseMember')}</Select.Option>
            {status.members.map((member) => (
              <Select.Option key={member.id} value={member.id}>
                {`${member.person.name} (${period(member)})`}
              </Select.Option>
            ))}
          </SelectField>
        )}
        {role === 'DEPUTY' && (
          <Textfield
            id={fieldId('deputyRank')}
            className="date-field"
            label={t('organs.appoint.deputyRank')}
            description={t('organs.appoint.deputyRankDescription')}
            inputMode="numeric"
            autoComplete="off"
            value={values.deputyRank}
            error={fieldErrors.deputyRank}
            onChange={(event) => change('deputyRank', event.target.value)}
          />
        )}
        {!isOffice && (
          <Fieldset>
            <Fieldset.Legend>{t('organs.appoint.person')}</Fieldset.Legend>
            <Radio
              name={`${id}-person-mode`}
              value="existing"
              label={t('organs.appoint.existingPerson')}
              checked={values.personMode === 'existing'}
              onChange={() => change('personMode', 'existing')}
            />
            <Radio
              name={`${id}-person-mode`}
              value="new"
              label={t('organs.appoint.newPerson')}
              checked={values.personMode === 'new'}
              onChange={() => change('personMode', 'new')}
            />
          </Fieldset>
        )}
        {values.personMode === 'existing' && !isOffice && (
          <div className="filter-row">
            <SelectField
              id={`${id}-side-filter`}
              label={t('organs.appoint.sideFilter')}
              value={sideFilter}
              onChange={(value) => setSideFilter(value === 'HOSPITAL' || value === 'MUNICIPAL' ? value : 'ALL')}
            >
              <Select.Option value="ALL">{t('organs.appoint.allSides')}</Select.Option>
              <Select.Option value="HOSPITAL">{t('organs.sides.HOSPITAL')}</Select.Option>
              <Select.Option value="MUNICIPAL">{t('organs.sides.MUNICIPAL')}</Select.Option>
            </SelectField>
            <SelectField
              id={`${id}-employer-filter`}
              label={t('organs.appoint.employerFilter')}
              value={employerFilter}
              onChange={setEmployerFilter}
            >
              <Select.Option value="">{t('organs.appoint.allEmployers')}</Select.Option>
              {employers.map((partner) => (
                <Select.Option key={partner.id} value={partner.id}>
                  {partner.name}
                </Select.Option>
              ))}
            </SelectField>
          </div>
        )}
        {values.personMode === 'existing' || isOffice ? (
          <SelectField
            id={fieldId('personId')}
            label={t(isOffice ? 'organs.appoint.chooseOfficer' : 'organs.appoint.choosePersonLabel')}
            description={
              persons.loading && !persons.data
                ? t('common.loading')
                : t('organs.appoint.shownCount', { count: personList.length, total: isOffice ? personList.length : registered.length })
            }
            value={values.personId}
            error={fieldErrors.personId}
            onChange={(value) => change('personId', value)}
          >
            <Select.Option value="">{t('organs.appoint.choosePerson')}</Select.Option>
            {personList.map((person) => (
              <Select.Option key={person.id} value={person.id}>
                {[person.name, person.title, person.employer].filter((part) => part != null && part !== '').join(', ')}
              </Select.Option>
            ))}
          </SelectField>
        ) : (
          <>
            <Textfield
              id={fieldId('name')}
              label={t('organs.appoint.name')}
              autoComplete="off"
              value={values.name}
              error={fieldErrors.name}
              onChange={(event) => change('name', event.target.value)}
            />
            <Textfield
              id={fieldId('title')}
              label={t('organs.appoint.title')}
              description={t('organs.appoint.optional')}
              autoComplete="off"
              value={values.title}
              error={fieldErrors.title}
              onChange={(event) => change('title', event.target.value)}
            />
            <Textfield
              id={fieldId('employer')}
              label={t('organs.appoint.employer')}
              description={t('organs.appoint.optional')}
              autoComplete="off"
              value={values.employer}
              error={fieldErrors.employer}
              onChange={(event) => change('employer', event.target.value)}
            />
            <SelectField
              id={`${id}-partner`}
              label={t('organs.appoint.worksFor')}
              description={t('organs.appoint.worksForDescription')}
              value={values.partnerId}
              onChange={(value) => change('partnerId', value)}
            >
              <Select.Option value="">{t('organs.appoint.worksForNeither')}</Select.Option>
              {partners.map((partner) => (
                <Select.Option key={partner.id} value={partner.id}>
                  {partner.name}
                </Select.Option>
              ))}
            </SelectField>
            <Textfield
              id={fieldId('email')}
              label={t('organs.appoint.email')}
              description={t('organs.appoint.contactDescription')}
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={values.email}
              error={fieldErrors.email}
              onChange={(event) => change('email', event.target.value)}
            />
            <Textfield
              id={fieldId('phone')}
              label={t('organs.appoint.phone')}
              description={t('organs.appoint.contactDescription')}
              type="tel"
              autoComplete="off"
              value={values.phone}
              error={fieldErrors.phone}
              onChange={(event) => change('phone', event.target.value)}
            />
          </>
        )}
        <Textfield
          id={fieldId('startsOn')}
          className="date-field"
          label={t('organs.appoint.startsOn')}
          type="date"
          value={values.startsOn}
          error={fieldErrors.startsOn}
          onChange={(event) => change('startsOn', event.target.value)}
        />
        <Textfield
          id={fieldId('endsOn')}
          className="date-field"
          label={t('organs.appoint.endsOn')}
          description={t(role === 'PERSONAL_DEPUTY' ? 'organs.appoint.endsOnDescriptionDeputy' : 'organs.appoint.endsOnDescription')}
          type="date"
          value={values.endsOn}
          error={fieldErrors.endsOn}
          onChange={(event) => change('endsOn', event.target.value)}
        />
        <Textfield
          id={fieldId('decisionReference')}
          label={t('organs.appoint.decisionReference')}
          description={t('organs.appoint.decisionReferenceDescription')}
          autoComplete="off"
          value={values.decisionReference}
          error={fieldErrors.decisionReference}
          onChange={(event) => change('decisionReference', event.target.value)}
        />
        {replaced.length > 0 && (
          <Checkbox
            label={t(`organs.appoint.replace.${role}`)}
            description={replaceExplanation(role, replaced, values.startsOn, today, t, format.date)}
            checked={values.replaceCurrent}
            onChange={(event) => change('replaceCurrent', event.target.checked)}
          />
        )}
        <div className="button-row">
          <Button type="submit" loading={loading}>
            {t(`organs.appoint.submit.${role}`)}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('organs.appoint.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The API's refusal (CONFLICT, FORBIDDEN), translated from its reason; takes focus, since it appears above the form. */
function RefusalAlert({ heading, color, messages }: { heading: string; color: 'warning' | 'danger'; messages: readonly string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert ref={ref} data-color={color} role="alert" tabIndex={-1} className="refusal">
      <Heading level={3} data-size="xs">
        {heading}
      </Heading>
      {messages.map((message) => (
        <Paragraph key={message}>{message}</Paragraph>
      ))}
    </Alert>
  );
}

function initialValues(
  role: AppointRole,
  currentMember: AppointableSeat['history'][number] | undefined,
  newestMember: AppointableSeat['history'][number] | undefined,
  today: string,
): AppointValues {
  if (role !== 'PERSONAL_DEPUTY') {
    // A new member usually serves the rest of the term.
    return { ...emptyAppointValues, personMode: 'existing', endsOn: currentMember?.endsOn ?? '' };
  }
  return {
    ...emptyAppointValues,
    personMode: 'existing',
    deputyForAppointmentId: newestMember?.id ?? '',
    startsOn: newestMember && newestMember.startsOn > today ? newestMember.startsOn : '',
    endsOn: newestMember?.endsOn ?? '',
  };
}

/**
 * What replacing does, said with the names and the date when the start date is known; one who has
 * not started yet is not ended but cancelled (the API's rule, ADR 0016), which the note says.
 */
function replaceExplanation(
  role: AppointRole,
  replaced: readonly { person: { name: string }; role: string; startsOn: string }[],
  startsOn: string,
  today: string,
  t: TFunction,
  date: (isoDate: string) => string,
): string {
  const general = t(`organs.appoint.replaceExplained.${role}`);
  if (replaced.length === 0) return general;
  const names = replaced.map((appointment) => appointment.person.name).join(', ');
  const specific = isIsoDate(startsOn)
    ? t('organs.appoint.replaceWho', { names, date: date(dayBefore(startsOn)) })
    : t('organs.appoint.replaceWhoNoDate', { names });
  const notStarted = replaced.some((appointment) => appointment.startsOn > today) ? ` ${t('organs.appoint.notStartedNote')}` : '';
  return `${general} ${specific}${notStarted}`;
}

function fieldLabel(field: AppointField, t: TFunction): string {
  switch (field) {
    case 'deputyForAppointmentId':
      return t('organs.appoint.deputyFor');
    case 'deputyRank':
      return t('organs.appoint.deputyRank');
    case 'personId':
      return t('organs.appoint.choosePersonLabel');
    case 'name':
      return t('organs.appoint.name');
    case 'title':
      return t('organs.appoint.title');
    case 'employer':
      return t('organs.appoint.employer');
    case 'email':
      return t('organs.appoint.email');
    case 'phone':
      return t('organs.appoint.phone');
    case 'startsOn':
      return t('organs.appoint.startsOn');
    case 'endsOn':
      return t('organs.appoint.endsOn');
    case 'decisionReference':
      return t('organs.appoint.decisionReference');
  }
}
