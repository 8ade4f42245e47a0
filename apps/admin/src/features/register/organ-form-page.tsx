import { Button, Fieldset, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { OrganFormPageQuery as OrganFormPageData, OrganKind } from '../../gql/graphql';
import { AppLink } from '../../shared/app-link';
import { SelectField } from '../../shared/select-field';
import { useToday } from '../../shared/use-today';
import { FormOutcome, useFormOutcome } from './form-outcome';
import { newOrganPath, organEditPath, organRulesPath } from './paths';
import { ProcedureRuleFields, type ProcedureValues, procedureValues } from './procedure-rule-fields';
import {
  oneOf,
  organInput,
  organKinds,
  type OrganValues,
  perProcedureField,
  type ProcedureNumberField,
  procedureRulesInput,
  together,
} from './register-input';
import { RegisterPage, useOpenCreated } from './register-page';

const OrganFormPageQuery = graphql(`
  query OrganFormPage($id: ID!) {
    community(id: $id) {
      id
      shortName
      canEditRegister
      organs {
        id
        name
        kind
        establishedOn
        dissolvedOn
        rules {
          meetingsPerYear
          caseSubmissionDeadlineDays
          noticePeriodDays
          noticePeriodMaxDays
          extraordinaryNoticeDays
          protocolDeadlineDays
          minutesObjectionPeriodDays
          decisionRule
          officersElectedByOrganId
          chairRotationYears
        }
      }
    }
  }
`);

const CreateOrgan = graphql(`
  mutation CreateOrgan($input: CreateOrganInput!) {
    createOrgan(input: $input) {
      id
      name
    }
  }
`);

const UpdateOrgan = graphql(`
  mutation UpdateOrgan($id: ID!, $input: UpdateOrganInput!) {
    updateOrgan(id: $id, input: $input) {
      id
      name
      kind
      establishedOn
      dissolvedOn
    }
  }
`);

/** Read again, the community's organs and their officers' rules are fresh on every page that shows them. */
const readAgain = { refetchQueries: ['OrganFormPage'], awaitRefetchQueries: true };

type OrganRead = NonNullable<OrganFormPageData['community']>['organs'][number];

/** A new organ with its rules of procedure, or an organ's details and officers' rules changed (or it dissolved). */
export function OrganFormPage() {
  const { t } = useTranslation();
  const { communityId = '', organId } = useParams();
  const today = useToday();
  const query = useQuery(OrganFormPageQuery, { variables: { id: communityId } });
  const community = query.data?.community ?? undefined;
  const organ = organId === undefined ? undefined : community?.organs.find((candidate) => candidate.id === organId);
  const title = organId === undefined ? t('register.organ.newTitle') : organ && t('register.organ.editTitle', { name: organ.name });
  const electors = (community?.organs ?? [])
    .filter(
      (candidate) => candidate.id !== organId && (candidate.dissolvedOn === null || candidate.id === organ?.rules.officersElectedByOrganId),
    )
    .map((candidate) => ({ id: candidate.id, name: candidate.name }));
  return (
    <RegisterPage
      community={community}
      query={query}
      title={community ? title : undefined}
      unavailable={t('register.rules.unavailable')}
      path={organId === undefined ? newOrganPath(communityId) : organEditPath(communityId, organId)}
    >
      {organ ? (
        <>
          <Paragraph>
            <AppLink to={organRulesPath(communityId, organ.id)}>{t('register.rules.editLink', { name: organ.name })}</AppLink>
          </Paragraph>
          <EditOrganForm key={organ.id} organ={organ} electors={electors} />
        </>
      ) : (
        today !== undefined && <NewOrganForm key={today} communityId={communityId} today={today} electors={electors} />
      )}
    </RegisterPage>
  );
}

interface Elector {
  id: string;
  name: string;
}

function NewOrganForm({ communityId, today, electors }: { communityId: string; today: string; electors: Elector[] }) {
  const { t } = useTranslation();
  const openCreated = useOpenCreated();
  const [values, setValues] = useState<OrganValues>({
    name: '',
    kind: 'PROFESSIONAL_COMMITTEE',
    establishedOn: today,
    dissolvedOn: '',
    officersElectedByOrganId: '',
    chairRotationYears: '',
  });
  const [procedure, setProcedure] = useState<ProcedureValues>(() => procedureValues({ ...emptyProcedure, decisionRule: 'CONSENSUS' }));
  const outcome = useFormOutcome();
  const [create, creating] = useMutation(CreateOrgan, readAgain);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (creating.loading) return;
    outcome.send(
      together(organInput(values), procedureRulesInput(procedure.numbers)),
      async ([{ officers, ...details }, numbers]) => {
        const { data } = await create({
          variables: { input: { communityId, ...details, rules: { ...numbers, decisionRule: procedure.decisionRule, ...officers } } },
        });
        const created = data?.createOrgan;
        if (created) await openCreated(organEditPath(communityId, created.id), t('register.organ.created', { name: created.name }));
      },
      t('register.organ.saved'),
    );
  };
  return (
    <>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <OrganFields values={values} onChange={setValues} errors={outcome.fields} electors={electors} dissolvable={false} />
        <Fieldset>
          <Fieldset.Legend>{t('register.organ.rulesHeading')}</Fieldset.Legend>
          <Fieldset.Description>{t('register.organ.rulesDescription')}</Fieldset.Description>
          <ProcedureRuleFields values={procedure} onChange={setProcedure} errors={outcome.fields} />
        </Fieldset>
        <div className="button-row">
          <Button type="submit" aria-disabled={creating.loading || undefined}>
            {t('register.organ.create')}
          </Button>
        </div>
      </form>
    </>
  );
}

const emptyProcedure: Record<ProcedureNumberField, null> = {
  meetingsPerYear: null,
  caseSubmissionDeadlineDays: null,
  noticePeriodDays: null,
  noticePeriodMaxDays: null,
  extraordinaryNoticeDays: null,
  protocolDeadlineDays: null,
  minutesObjectionPeriodDays: null,
};

function EditOrganForm({ organ, electors }: { organ: OrganRead; electors: Elector[] }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<OrganValues>({
    name: organ.name,
    kind: organ.kind,
    establishedOn: organ.establishedOn ?? '',
    dissolvedOn: organ.dissolvedOn ?? '',
    officersElectedByOrganId: organ.rules.officersElectedByOrganId ?? '',
    chairRotationYears: organ.rules.chairRotationYears?.toString() ?? '',
  });
  const outcome = useFormOutcome();
  const [update, updating] = useMutation(UpdateOrgan, readAgain);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (updating.loading) return;
    outcome.send(
      organInput(values),
      ({ officers, ...details }) => {
        const officersChanged =
          officers.officersElectedByOrganId !== organ.rules.officersElectedByOrganId ||
          officers.chairRotationYears !== organ.rules.chairRotationYears;
        // The officers' rules travel with the rules of procedure, given as they are in force today (no new version).
        const procedure = { ...perProcedureField((field) => organ.rules[field]), decisionRule: organ.rules.decisionRule };
        const rules = officersChanged ? { rules: { ...procedure, ...officers } } : {};
        return update({ variables: { id: organ.id, input: { ...details, ...rules } } });
      },
      t('register.organ.saved'),
    );
  };
  return (
    <>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <OrganFields values={values} onChange={setValues} errors={outcome.fields} electors={electors} dissolvable />
        <div className="button-row">
          <Button type="submit" aria-disabled={updating.loading || undefined}>
            {t('register.organ.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

function OrganFields({
  values,
  onChange,
  errors,
  electors,
  dissolvable,
}: {
  values: OrganValues;
  onChange: (values: OrganValues) => void;
  errors: Partial<Record<string, string>>;
  electors: Elector[];
  /** Whether the day it was dissolved can be given (an existing organ). */
  dissolvable: boolean;
}) {
  const { t } = useTranslation();
  const kindId = useId();
  const electorId = useId();
  const set = (changes: Partial<OrganValues>) => onChange({ ...values, ...changes });
  return (
    <>
      <Textfield
        label={t('register.organ.name')}
        value={values.name}
        onChange={(event) => set({ name: event.target.value })}
        error={errors.name}
        autoComplete="off"
        required
      />
      <SelectField
        id={kindId}
        label={t('register.organ.kind')}
        value={values.kind}
        onChange={(kind) => set({ kind: oneOf<OrganKind>(organKinds, kind, 'OTHER') })}
      >
        {organKinds.map((kind) => (
          <Select.Option key={kind} value={kind}>
            {t(`community.organKind.${kind}`)}
          </Select.Option>
        ))}
      </SelectField>
      <Textfield
        type="date"
        label={t('register.organ.establishedOn')}
        value={values.establishedOn}
        onChange={(event) => set({ establishedOn: event.target.value })}
        error={errors.establishedOn}
      />
      {dissolvable && (
        <Textfield
          type="date"
          label={t('register.organ.dissolvedOn')}
          description={t('register.organ.dissolvedOnDescription')}
          value={values.dissolvedOn}
          onChange={(event) => set({ dissolvedOn: event.target.value })}
          error={errors.dissolvedOn}
        />
      )}
      <SelectField
        id={electorId}
        label={t('register.organ.officersElectedBy')}
        description={t('register.organ.officersElectedByDescription')}
        value={values.officersElectedByOrganId}
        error={errors.officersElectedByOrganId}
        onChange={(officersElectedByOrganId) => set({ officersElectedByOrganId })}
      >
        <Select.Option value="">{t('register.organ.noElector')}</Select.Option>
        {electors.map((elector) => (
          <Select.Option key={elector.id} value={elector.id}>
            {elector.name}
          </Select.Option>
        ))}
      </SelectField>
      <Textfield
        label={t('register.organ.chairRotationYears')}
        description={t('register.organ.chairRotationYearsDescription')}
        inputMode="numeric"
        value={values.chairRotationYears}
        onChange={(event) => set({ chairRotationYears: event.target.value })}
        error={errors.chairRotationYears}
        autoComplete="off"
      />
    </>
  );
}
