import { Button, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import { FormOutcome, useFormOutcome } from './form-outcome';
import { communityDetailsPath } from './paths';
import { communityDetailsInput } from './register-input';
import { RegisterPage } from './register-page';

const CommunityDetailsPageQuery = graphql(`
  query CommunityDetailsPage($id: ID!) {
    community(id: $id) {
      id
      name
      shortName
      canEditRegister
    }
  }
`);

const UpdateCommunityDetails = graphql(`
  mutation UpdateCommunityDetails($id: ID!, $input: UpdateCommunityInput!) {
    updateCommunity(id: $id, input: $input) {
      id
      name
      shortName
    }
  }
`);

/** The community's own details (its full and short name), kept by its secretariat. */
export function CommunityDetailsPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const query = useQuery(CommunityDetailsPageQuery, { variables: { id: communityId } });
  const community = query.data?.community ?? undefined;
  return (
    <RegisterPage
      community={community}
      query={query}
      title={community ? t('register.community.title') : undefined}
      unavailable={t('community.unavailable')}
      path={communityDetailsPath(communityId)}
    >
      {community && <CommunityDetailsForm key={community.id} community={community} />}
    </RegisterPage>
  );
}

function CommunityDetailsForm({ community }: { community: { id: string; name: string; shortName: string } }) {
  const { t } = useTranslation();
  const [name, setName] = useState(community.name);
  const [shortName, setShortName] = useState(community.shortName);
  const outcome = useFormOutcome();
  const [update, updating] = useMutation(UpdateCommunityDetails);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (updating.loading) return;
    outcome.send(
      communityDetailsInput({ name, shortName }),
      (input) => update({ variables: { id: community.id, input } }),
      t('register.community.saved'),
    );
  };
  return (
    <>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <Textfield
          label={t('register.community.name')}
          description={t('register.community.nameDescription')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={outcome.fields.name}
          autoComplete="off"
          required
        />
        <Textfield
          label={t('register.community.shortName')}
          description={t('register.community.shortNameDescription')}
          value={shortName}
          onChange={(event) => setShortName(event.target.value)}
          error={outcome.fields.shortName}
          autoComplete="off"
          required
        />
        <div className="button-row">
          <Button type="submit" aria-disabled={updating.loading || undefined}>
            {t('register.community.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
