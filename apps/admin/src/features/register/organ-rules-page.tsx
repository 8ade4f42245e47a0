import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { DecisionRule } from '../../gql/graphql';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';
import { useToday } from '../../shared/use-today';
import { FormOutcome, useFormOutcome } from './form-outcome';
import { organRulesPath } from './paths';
import { ProcedureRuleFields, procedureValues } from './procedure-rule-fields';
import { type ProcedureNumberField, procedureNumberFields, procedureRulesInput } from './register-input';
import { RegisterPage } from './register-page';
import { useProblemTexts } from './use-problem-texts';

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

type Rules = Record<ProcedureNumberField, number | null> & { decisionRule: DecisionRule; effectiveFrom: string };

/** An organ's rules of procedure: every version with its date, and a new version from a date (today or later). */
export function OrganRulesPage() {
  const { t } = useTranslation();
  const { communityId = '', organId = '' } = useParams();
  const query = useQuery(OrganRulesPageQuery, { variables: { id: communityId } });
  const community = query.data?.community ?? undefined;
  const organ = community?.organs.find((candidate) => candidate.id === organId);
  return (
    <RegisterPage
      community={community}
      query={query}
      title={organ ? t('register.rules.title', { name: organ.name }) : undefined}
      unavailable={t('register.rules.unavailable')}
      path={organRulesPath(communityId, organId)}
      summary={organ && <VersionsTable versions={organ.ruleVersions} />}
    >
      {organ && <ChangeForm key={organ.rules.effectiveFrom} organId={organ.id} current={organ.rules} />}
    </RegisterPage>
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
            {procedureNumberFields.map((field) => (
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
              {procedureNumberFields.map((field) => {
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
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const problemText = useProblemTexts();
  const [values, setValues] = useState(() => procedureValues(current));
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
    const checked = procedureRulesInput(values.numbers);
    if (effectiveFrom === '' || !checked.ok) {
      outcome.refuse({
        ...(checked.ok ? {} : problemText(checked.problems)),
        effectiveFrom: effectiveFrom === '' ? t('register.rules.dateRequired') : undefined,
      });
      return;
    }
    void outcome.run(
      () => change({ variables: { input: { organId, effectiveFrom, decisionRule: values.decisionRule, ...checked.input } } }),
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
        <ProcedureRuleFields values={values} onChange={setValues} errors={outcome.fields} />
        <div className="button-row">
          <Button type="submit" aria-disabled={changing.loading || undefined}>
            {t('register.rules.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
