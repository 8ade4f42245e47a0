import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import { useToday } from '../../shared/use-today';
import { FormOutcome, useFormOutcome } from './form-outcome';
import { PartnerFields } from './partner-fields';
import { newPartnerPath, partnerPath } from './paths';
import { readAgain } from './register-cache';
import { partnerInput, type PartnerValues } from './register-input';
import { RegisterPage, useOpenCreated } from './register-page';

const NewPartnerPageQuery = graphql(`
  query NewPartnerPage($id: ID!) {
    community(id: $id) {
      id
      shortName
      canEditRegister
    }
  }
`);

const CreatePartner = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
      name
    }
  }
`);

/** A municipality joining the community (or its hospital trust registered). */
export function NewPartnerPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const query = useQuery(NewPartnerPageQuery, { variables: { id: communityId } });
  const community = query.data?.community ?? undefined;
  const today = useToday();
  return (
    <RegisterPage
      community={community}
      query={query}
      title={community ? t('register.partnerDetails.newTitle') : undefined}
      unavailable={t('community.unavailable')}
      path={newPartnerPath(communityId)}
    >
      <Paragraph>{t('register.partnerDetails.newIntro')}</Paragraph>
      {/* The joining day starts as today, once the server has said which day that is. */}
      {today && <NewPartnerForm key={today} communityId={communityId} today={today} />}
    </RegisterPage>
  );
}

function NewPartnerForm({ communityId, today }: { communityId: string; today: string }) {
  const { t } = useTranslation();
  const openCreated = useOpenCreated();
  const [values, setValues] = useState<PartnerValues>({ kind: 'MUNICIPALITY', name: '', municipalityNumber: '', joinedOn: today });
  const outcome = useFormOutcome();
  const [create, creating] = useMutation(CreatePartner, { update: readAgain(communityId, ['partners']) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (creating.loading) return;
    outcome.send(
      partnerInput(values),
      async (input) => {
        const { data } = await create({ variables: { input: { communityId, kind: values.kind, ...input } } });
        const created = data?.createPartner;
        if (created) await openCreated(partnerPath(communityId, created.id), t('register.partnerDetails.created', { name: created.name }));
      },
      t('register.partnerDetails.saved'),
    );
  };
  return (
    <>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <PartnerFields values={values} onChange={setValues} errors={outcome.fields} chooseKind />
        <div className="button-row">
          <Button type="submit" aria-disabled={creating.loading || undefined}>
            {t('register.partnerDetails.create')}
          </Button>
        </div>
      </form>
    </>
  );
}
