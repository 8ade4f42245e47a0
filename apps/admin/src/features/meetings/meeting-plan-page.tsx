import { Alert, Button, Checkbox, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import type { MeetingKind } from '../../gql/graphql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { ScrollableTable } from '../../shared/scrollable-table';
import { SelectField } from '../../shared/select-field';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useFormatters } from '../../shared/use-formatters';
import { useToday } from '../../shared/use-today';
import { FormOutcome, useFormOutcome } from '../register/form-outcome';
import { meetingPath, meetingPlanPath } from './paths';

const MeetingPlanPageQuery = graphql(`
  query MeetingPlanPage($communityId: ID!, $year: Int!) {
    community(id: $communityId) {
      id
      shortName
      canEditRegister
      organs {
        id
        name
        meetingPlan(year: $year) {
          year
          adoptedOn
          warnings
          meetings {
            id
            date
            startTime
            endTime
            place
            isOpen
            kind
            state
          }
        }
        rules {
          meetingsPerYear
        }
      }
    }
  }
`);

const AdoptMeetingPlan = graphql(`
  mutation AdoptMeetingPlan($input: AdoptMeetingPlanInput!) {
    adoptMeetingPlan(input: $input) {
      year
    }
  }
`);

const ScheduleMeeting = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
    }
  }
`);

/** An organ's meeting plan for a year: adoption and its warnings, the meetings, and a new meeting. */
export function MeetingPlanPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const today = useToday();
  const { communityId = '', organId = '' } = useParams();
  const [search] = useSearchParams();
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 1900 && asked <= 2199 ? asked : today ? Number(today.slice(0, 4)) : undefined;
  const { data, error, loading, refetch } = useQuery(MeetingPlanPageQuery, {
    variables: { communityId, year: year ?? 0 },
    skip: year === undefined,
  });
  const community = data?.community;
  const organ = community?.organs.find((candidate) => candidate.id === organId);
  const title = organ ? t('meetings.planTitle', { year, name: organ.name }) : undefined;
  useDocumentTitle(title);
  const captionId = useId();
  if (!community || !organ || !title || year === undefined) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {loading || year === undefined ? t('common.loading') : t('meetings.unavailable')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const plan = organ.meetingPlan;
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: `/communities/${encodeURIComponent(community.id)}` },
          { label: title, to: meetingPlanPath(community.id, organ.id, year) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <nav aria-label={t('meetings.planLink', { name: organ.name })} className="button-row">
        <AppLink to={meetingPlanPath(community.id, organ.id, year - 1)}>{t('meetings.previousYear', { year: year - 1 })}</AppLink>
        <AppLink to={meetingPlanPath(community.id, organ.id, year + 1)}>{t('meetings.nextYear', { year: year + 1 })}</AppLink>
      </nav>
      <Paragraph>{plan.adoptedOn ? t('meetings.adoptedOn', { date: format.date(plan.adoptedOn) }) : t('meetings.notAdopted')}</Paragraph>
      {plan.warnings.length > 0 && (
        <Alert data-color="warning">
          {plan.warnings.map((warning) => (
            <Paragraph key={warning}>{t(`meetings.warnings.${warning}`, { count: organ.rules.meetingsPerYear ?? 0 })}</Paragraph>
          ))}
        </Alert>
      )}
      <ScrollableTable captionId={captionId}>
        <Table zebra>
          <caption id={captionId}>{t('meetings.meetingsCaption', { year })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('meetings.columns.date')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetings.columns.time')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetings.columns.place')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetings.columns.kind')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetings.columns.access')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetings.columns.state')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {plan.meetings.length === 0 && (
              <Table.Row>
                <Table.Cell colSpan={6}>{t('meetings.noMeetings')}</Table.Cell>
              </Table.Row>
            )}
            {plan.meetings.map((meeting) => (
              <Table.Row key={meeting.id}>
                <Table.HeaderCell scope="row">
                  <AppLink to={meetingPath(community.id, organ.id, meeting.id, year)}>{format.date(meeting.date)}</AppLink>
                </Table.HeaderCell>
                <Table.Cell>{meeting.endTime ? `${meeting.startTime}–${meeting.endTime}` : meeting.startTime}</Table.Cell>
                <Table.Cell>{meeting.place ?? t('meetings.video')}</Table.Cell>
                <Table.Cell>{t(`meetings.kind.${meeting.kind}`)}</Table.Cell>
                <Table.Cell>{meeting.isOpen ? t('meetings.open') : t('meetings.closed')}</Table.Cell>
                <Table.Cell>{t(`meetings.state.${meeting.state}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollableTable>
      {community.canEditRegister && (
        <>
          <AdoptForm organId={organ.id} year={year} />
          <MeetingForm organId={organ.id} year={year} />
        </>
      )}
    </>
  );
}

function AdoptForm({ organId, year }: { organId: string; year: number }) {
  const { t } = useTranslation();
  const today = useToday();
  const headingId = useId();
  const [adoptedOn, setAdoptedOn] = useState('');
  const outcome = useFormOutcome();
  const [adopt, adopting] = useMutation(AdoptMeetingPlan, { refetchQueries: ['MeetingPlanPage'], awaitRefetchQueries: true });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (adopting.loading) return;
    if (adoptedOn === '') {
      outcome.refuse({ adoptedOn: t('meetings.required') });
      return;
    }
    void outcome.run(() => adopt({ variables: { input: { organId, year, adoptedOn } } }), t('meetings.adopted'));
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('meetings.adoptHeading')}
      </Heading>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <Textfield
          type="date"
          label={t('meetings.adoptedOnLabel')}
          max={today}
          value={adoptedOn}
          onChange={(event) => setAdoptedOn(event.target.value)}
          error={outcome.fields.adoptedOn}
          required
        />
        <div className="button-row">
          <Button type="submit" aria-disabled={adopting.loading || undefined}>
            {t('meetings.adopt')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The values of a meeting's form, as typed. */
export interface MeetingFormValues {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  videoUrl: string;
  isOpen: boolean;
  kind: MeetingKind;
}

/** The fields of a meeting (new, or moved), with their errors. */
export function MeetingFields({
  values,
  onChange,
  errors,
}: {
  values: MeetingFormValues;
  onChange: (values: MeetingFormValues) => void;
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const kindId = useId();
  const set = (change: Partial<MeetingFormValues>) => onChange({ ...values, ...change });
  return (
    <>
      <Textfield
        type="date"
        label={t('meetings.date')}
        value={values.date}
        onChange={(event) => set({ date: event.target.value })}
        error={errors.date}
        required
      />
      <Textfield
        label={t('meetings.startTime')}
        value={values.startTime}
        onChange={(event) => set({ startTime: event.target.value })}
        error={errors.startTime}
        required
      />
      <Textfield
        label={t('meetings.endTime')}
        value={values.endTime}
        onChange={(event) => set({ endTime: event.target.value })}
        error={errors.endTime}
      />
      <Textfield
        label={t('meetings.place')}
        value={values.place}
        onChange={(event) => set({ place: event.target.value })}
        error={errors.place}
      />
      <Textfield
        type="url"
        label={t('meetings.videoUrl')}
        value={values.videoUrl}
        onChange={(event) => set({ videoUrl: event.target.value })}
        error={errors.videoUrl}
      />
      <Checkbox label={t('meetings.isOpen')} checked={values.isOpen} onChange={(event) => set({ isOpen: event.target.checked })} />
      <SelectField
        id={kindId}
        label={t('meetings.kindLabel')}
        value={values.kind}
        onChange={(value) => set({ kind: value === 'EXTRAORDINARY' ? 'EXTRAORDINARY' : 'ORDINARY' })}
      >
        <Select.Option value="ORDINARY">{t('meetings.kind.ORDINARY')}</Select.Option>
        <Select.Option value="EXTRAORDINARY">{t('meetings.kind.EXTRAORDINARY')}</Select.Option>
      </SelectField>
    </>
  );
}

/** The details as the API takes them: empty texts left out. */
export function meetingDetails(values: MeetingFormValues) {
  return {
    date: values.date,
    startTime: values.startTime.trim(),
    endTime: values.endTime.trim() || null,
    place: values.place.trim() || null,
    videoUrl: values.videoUrl.trim() || null,
    isOpen: values.isOpen,
    kind: values.kind,
  };
}

function MeetingForm({ organId, year }: { organId: string; year: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState<MeetingFormValues>({
    date: '',
    startTime: '10:00',
    endTime: '',
    place: '',
    videoUrl: '',
    isOpen: true,
    kind: 'ORDINARY',
  });
  const outcome = useFormOutcome();
  const [schedule, scheduling] = useMutation(ScheduleMeeting, { refetchQueries: ['MeetingPlanPage'], awaitRefetchQueries: true });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (scheduling.loading) return;
    if (values.date === '') {
      outcome.refuse({ date: t('meetings.required') });
      return;
    }
    void outcome.run(() => schedule({ variables: { input: { organId, ...meetingDetails(values) } } }), t('meetings.scheduled'));
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('meetings.scheduleHeading')} ({year})
      </Heading>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <MeetingFields values={values} onChange={setValues} errors={outcome.fields} />
        <div className="button-row">
          <Button type="submit" aria-disabled={scheduling.loading || undefined}>
            {t('meetings.schedule')}
          </Button>
        </div>
      </form>
    </section>
  );
}
