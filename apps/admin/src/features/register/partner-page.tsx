import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { PartnerKind } from '../../gql/graphql';
import { useFormatters } from '../../shared/use-formatters';
import { FormOutcome, useFormOutcome } from './form-outcome';
import { PartnerFields } from './partner-fields';
import { partnerPath } from './paths';
import { partnerInput, type PartnerValues } from './register-input';
import { RegisterPage } from './register-page';

const PartnerPageQuery = graphql(`
  query PartnerPage($id: ID!) {
    community(id: $id) {
      id
      shortName
      canEditRegister
      partners {
        id
        name
        kind
        municipalityNumber
        joinedOn
        noticeGivenOn
        leftOn
        populations {
          year
          population
        }
      }
    }
  }
`);

const GivePartnerNotice = graphql(`
  mutation GivePartnerNotice($id: ID!, $input: GivePartnerNoticeInput!) {
    givePartnerNotice(id: $id, input: $input) {
      id
      noticeGivenOn
      leftOn
    }
  }
`);

const UpdatePartnerDetails = graphql(`
  mutation UpdatePartnerDetails($id: ID!, $input: UpdatePartnerInput!) {
    updatePartner(id: $id, input: $input) {
      id
      name
      municipalityNumber
      joinedOn
    }
  }
`);

const WithdrawPartnerNotice = graphql(`
  mutation WithdrawPartnerNotice($id: ID!) {
    updatePartner(id: $id, input: { noticeGivenOn: null, leftOn: null }) {
      id
      noticeGivenOn
      leftOn
    }
  }
`);

const SetPartnerPopulation = graphql(`
  mutation SetPartnerPopulation($input: SetPopulationInput!) {
    setPartnerPopulation(input: $input) {
      id
      populations {
        year
        population
      }
    }
  }
`);

/** One partner of the register: its details, written notice of leaving, and populations typed in. */
export function PartnerPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { communityId = '', partnerId = '' } = useParams();
  const query = useQuery(PartnerPageQuery, { variables: { id: communityId } });
  const community = query.data?.community ?? undefined;
  const partner = community?.partners.find((candidate) => candidate.id === partnerId);
  return (
    <RegisterPage
      community={community}
      query={query}
      title={partner?.name}
      unavailable={t('register.partner.unavailable')}
      path={partnerPath(communityId, partnerId)}
      summary={
        partner && (
          <dl className="facts">
            <dt>{t('register.partner.joinedOn')}</dt>
            <dd>{partner.joinedOn ? format.date(partner.joinedOn) : t('register.partner.unknown')}</dd>
            <dt>{t('register.partner.noticeGivenOn')}</dt>
            <dd>{partner.noticeGivenOn ? format.date(partner.noticeGivenOn) : t('register.partner.noNotice')}</dd>
            <dt>{t('register.partner.leftOn')}</dt>
            <dd>{partner.leftOn ? format.date(partner.leftOn) : t('register.partner.stays')}</dd>
          </dl>
        )
      }
    >
      {partner && (
        <>
          <DetailsForm key={partner.id} partner={partner} />
          <NoticeForm partnerId={partner.id} hasNotice={partner.noticeGivenOn !== null} />
          {partner.kind === 'MUNICIPALITY' && <PopulationForm partnerId={partner.id} />}
        </>
      )}
    </RegisterPage>
  );
}

const refetchPartner = { refetchQueries: ['PartnerPage'], awaitRefetchQueries: true };

function DetailsForm({
  partner,
}: {
  partner: { id: string; kind: PartnerKind; name: string; municipalityNumber: string | null; joinedOn: string | null };
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState<PartnerValues>({
    kind: partner.kind,
    name: partner.name,
    municipalityNumber: partner.municipalityNumber ?? '',
    joinedOn: partner.joinedOn ?? '',
  });
  const outcome = useFormOutcome();
  const [update, updating] = useMutation(UpdatePartnerDetails, refetchPartner);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (updating.loading) return;
    outcome.send(partnerInput(values), (input) => update({ variables: { id: partner.id, input } }), t('register.partnerDetails.saved'));
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('register.partnerDetails.heading')}
      </Heading>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <PartnerFields values={values} onChange={setValues} errors={outcome.fields} chooseKind={false} />
        <div className="button-row">
          <Button type="submit" aria-disabled={updating.loading || undefined}>
            {t('register.partnerDetails.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function NoticeForm({ partnerId, hasNotice }: { partnerId: string; hasNotice: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [noticeGivenOn, setNoticeGivenOn] = useState('');
  const [leftOn, setLeftOn] = useState('');
  const outcome = useFormOutcome();
  const [give, giving] = useMutation(GivePartnerNotice, refetchPartner);
  const [withdraw, withdrawing] = useMutation(WithdrawPartnerNotice, refetchPartner);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (giving.loading) return;
    void outcome.run(
      () => give({ variables: { id: partnerId, input: { noticeGivenOn, leftOn: leftOn === '' ? null : leftOn } } }),
      t('register.partner.noticeSaved'),
    );
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('register.partner.noticeHeading')}
      </Heading>
      <Paragraph>{t('register.partner.noticeRule')}</Paragraph>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <Textfield
          type="date"
          label={t('register.partner.noticeGivenOn')}
          value={noticeGivenOn}
          onChange={(event) => setNoticeGivenOn(event.target.value)}
          error={outcome.fields.noticeGivenOn}
          required
        />
        <Textfield
          type="date"
          label={t('register.partner.leftOn')}
          description={t('register.partner.leftOnDescription')}
          value={leftOn}
          onChange={(event) => setLeftOn(event.target.value)}
          error={outcome.fields.leftOn}
        />
        <div className="button-row">
          <Button type="submit" aria-disabled={giving.loading || undefined}>
            {t('register.partner.giveNotice')}
          </Button>
          {hasNotice && (
            <Button
              type="button"
              variant="secondary"
              aria-disabled={withdrawing.loading || undefined}
              onClick={() => void outcome.run(() => withdraw({ variables: { id: partnerId } }), t('register.partner.noticeWithdrawn'))}
            >
              {t('register.partner.withdrawNotice')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}

function PopulationForm({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [year, setYear] = useState('');
  const [population, setPopulation] = useState('');
  const outcome = useFormOutcome();
  const [save, saving] = useMutation(SetPartnerPopulation);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving.loading) return;
    const problems = {
      year: /^\d{4}$/.test(year.trim()) ? undefined : t('register.partner.yearInvalid'),
      population: /^\d+$/.test(population.trim()) ? undefined : t('register.partner.wholeNumber'),
    };
    if (problems.year || problems.population) {
      outcome.refuse(problems);
      return;
    }
    void outcome.run(
      () => save({ variables: { input: { partnerId, year: Number(year.trim()), population: Number(population.trim()) } } }),
      t('register.partner.populationSaved', { year }),
    );
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('register.partner.populationHeading')}
      </Heading>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <Textfield
          type="text"
          inputMode="numeric"
          label={t('register.partner.year')}
          value={year}
          onChange={(event) => setYear(event.target.value)}
          error={outcome.fields.year}
          required
        />
        <Textfield
          type="text"
          inputMode="numeric"
          label={t('register.partner.population')}
          value={population}
          onChange={(event) => setPopulation(event.target.value)}
          error={outcome.fields.population}
          required
        />
        <div className="button-row">
          <Button type="submit" aria-disabled={saving.loading || undefined}>
            {t('register.partner.savePopulation')}
          </Button>
        </div>
      </form>
    </section>
  );
}
