import { Button, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { DecisionRule } from '../../gql/graphql';
import { NotRecorded } from '../../shared/not-recorded';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { ScrollableTable } from '../../shared/scrollable-table';
import { SelectField } from '../../shared/select-field';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useFormatters } from '../../shared/use-formatters';
import { useToday } from '../../shared/use-today';
import { FormOutcome, useFormOutcome } from './form-outcome';
import { organRulesPath } from './paths';

const OrganRulesPageQuery = graphql(`
  query OrganRulesPage($id: ID!) {
    community(id: $id) {
      id
      shortName
      canEditRegister
      organs {
        id
        name
        rules {
          effectiveFrom
          meetingsPerYear
          caseSubmissionDeadlineDays
          noticePeriodDays
          noticePeriodMaxDays
          extraordinaryNoticeDays
          protocolDeadlineDays
          minutesObjectionPeriodDays
          decisionRule
        }
        ruleVersions {
          effectiveFrom
          meetingsPerYear
          caseSubmissionDeadlineDays
          noticePeriodDays
          noticePeriodMaxDays
          extraordinaryNoticeDays
          protocolDeadlineDays
          minutesObjectionPeriodDays
          decisionRule
        }
      }
    }
  }
`);

const ChangeOrganRules = graphql(`
  mutation ChangeOrganRules($input: ChangeOrganRulesInput!) {
    changeOrganRules(input: $input) {
      id
    }
  }
`);

/** The rules of procedure in days or counts, in the order of the seeds' rules. */
const numberFields = [
  'meetingsPerYear',
  'caseSubmissionDeadlineDays',
  'noticePeriodDays',
  'noticePeriodMaxDays',
  'extraordinaryNoticeDays',
  'protocolDeadlineDays',
  'minutesObjectionPeriodDays',
] as const;
type NumberField = (typeof numberFields)[number];
/** A value for each rule, made by `make`. */
function perField<T>(make: (field: NumberField) => T): Record<NumberField, T> {
  return {
    meetingsPerYear: make('meetingsPerYear'),
    caseSubmissionDeadlineDays: make('caseSubmissionDeadlineDays'),
    noticePeriodDays: make('noticePeriodDays'),
    noticePeriodMaxDays: make('noticePeriodMaxDays'),
    extraordinaryNoticeDays: make('extraordinaryNoticeDays'),
    protocolDeadlineDays: make('protocolDeadlineDays'),
    minutesObjectionPeriodDays: make('minutesObjectionPeriodDays'),
  };
}

type Rules = Record<NumberField, number | null> & { decisionRule: DecisionRule; effectiveFrom: string };

/** An organ's rules of procedure: every version with its date, and a new version from a date (today or later). */
export function OrganRulesPage() {
  const { t } = useTranslation();
  const { communityId = '', organId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(OrganRulesPageQuery, { variables: { id: communityId } });
  const community = data?.community;
  const organ = community?.organs.find((candidate) => candidate.id === organId);
  const title = organ ? t('register.rules.title', { name: organ.name }) : undefined;
  useDocumentTitle(title);
  if (!community || !organ || !title) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {loading ? t('common.loading') : t('register.rules.unavailable')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const path = `/communities/${encodeURIComponent(community.id)}`;
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: path },
          { label: title, to: organRulesPath(community.id, organ.id) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <VersionsTable versions={organ.ruleVersions} />
      {community.canEditRegister ? (
        <ChangeForm key={organ.rules.effectiveFrom} organId={organ.id} current={organ.rules} />
      ) : (
        <Paragraph>{t('register.notAllowed')}</Paragraph>
      )}
    </>
  );
}

function VersionsTable({ versions }: { versions: readonly Rules[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const captionId = useId();
  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra>
        <caption id={captionId}>{t('register.rules.versionsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('register.rules.effectiveFrom')}</Table.HeaderCell>
            {numberFields.map((field) => (
              <Table.HeaderCell key={field} scope="col" className="numeric">
                {t(`register.rules.fields.${field}`)}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col">{t('register.rules.fields.decisionRule')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {[...versions].reverse().map((version) => (
            <Table.Row key={version.effectiveFrom}>
              <Table.HeaderCell scope="row">
                {version.effectiveFrom === '1900-01-01' ? t('register.rules.fromTheStart') : format.date(version.effectiveFrom)}
              </Table.HeaderCell>
              {numberFields.map((field) => {
                const value = version[field];
                return (
                  <Table.Cell key={field} className="numeric">
                    {value === null ? <NotRecorded /> : format.integer(value)}
                  </Table.Cell>
                );
              })}
              <Table.Cell>{t(`community.decisionRule.${version.decisionRule}`)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}

function ChangeForm({ organId, current }: { organId: string; current: Rules }) {
  const { t } = useTranslation();
  const today = useToday();
  const headingId = useId();
  const decisionId = useId();
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [values, setValues] = useState(() => perField((field) => current[field]?.toString() ?? ''));
  const [decisionRule, setDecisionRule] = useState<DecisionRule>(current.decisionRule);
  const outcome = useFormOutcome();
  const [change, changing] = useMutation(ChangeOrganRules, {
    // The organ's rules on any date may have changed: pages read them again.
    update: (cache) => {
      const id = cache.identify({ __typename: 'Organ', id: organId });
      cache.evict({ id, fieldName: 'rules' });
      cache.evict({ id, fieldName: 'ruleVersions' });
    },
    refetchQueries: ['OrganRulesPage'],
    awaitRefetchQueries: true,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changing.loading) return;
    const problems: Partial<Record<string, string>> = {};
    if (effectiveFrom === '') problems.effectiveFrom = t('register.rules.dateRequired');
    for (const field of numberFields) {
      if (values[field].trim() !== '' && !/^\d+$/.test(values[field].trim())) problems[field] = t('register.partner.wholeNumber');
    }
    if (Object.keys(problems).length > 0) {
      outcome.refuse(problems);
      return;
    }
    const numbers = perField((field) => (values[field].trim() === '' ? null : Number(values[field].trim())));
    void outcome.run(
      () => change({ variables: { input: { organId, effectiveFrom, decisionRule, ...numbers } } }),
      t('register.rules.saved'),
    );
  };

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('register.rules.changeHeading')}
      </Heading>
      <Paragraph>{t('register.rules.changeIntro')}</Paragraph>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <Textfield
          type="date"
          label={t('register.rules.effectiveFrom')}
          min={today}
          value={effectiveFrom}
          onChange={(event) => setEffectiveFrom(event.target.value)}
          error={outcome.fields.effectiveFrom}
          required
        />
        {numberFields.map((field) => (
          <Textfield
            key={field}
            type="text"
            inputMode="numeric"
            label={t(`register.rules.fields.${field}`)}
            value={values[field]}
            onChange={(event) => setValues((previous) => ({ ...previous, [field]: event.target.value }))}
            error={outcome.fields[field]}
          />
        ))}
        <SelectField
          id={decisionId}
          label={t('register.rules.fields.decisionRule')}
          value={decisionRule}
          onChange={(value) => setDecisionRule(value === 'VOTE' ? 'VOTE' : 'CONSENSUS')}
        >
          <Select.Option value="CONSENSUS">{t('community.decisionRule.CONSENSUS')}</Select.Option>
          <Select.Option value="VOTE">{t('community.decisionRule.VOTE')}</Select.Option>
        </SelectField>
        <div className="button-row">
          <Button type="submit" aria-disabled={changing.loading || undefined}>
            {t('register.rules.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
