import { Button, Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import { useToday } from '../../shared/use-today';
import { FormOutcome, useFormOutcome } from './form-outcome';
import { newRegionalCouncilPath, regionalCouncilEditPath } from './paths';
import { type CouncilCandidate, councilCandidates, regionalCouncilInput } from './register-input';
import { RegisterPage, useOpenCreated } from './register-page';

const RegionalCouncilFormPageQuery = graphql(`
  query RegionalCouncilFormPage($id: ID!) {
    community(id: $id) {
      id
      shortName
      canEditRegister
      partners {
        id
        name
        kind
        municipalityNumber
        leftOn
        regionalCouncil {
          id
          name
        }
      }
      regionalCouncils {
        id
        name
        members {
          id
        }
      }
    }
  }
`);

const CreateRegionalCouncil = graphql(`
  mutation CreateRegionalCouncil($input: CreateRegionalCouncilInput!) {
    createRegionalCouncil(input: $input) {
      id
      name
    }
  }
`);

const UpdateRegionalCouncil = graphql(`
  mutation UpdateRegionalCouncil($id: ID!, $input: UpdateRegionalCouncilInput!) {
    updateRegionalCouncil(id: $id, input: $input) {
      id
      name
      members {
        id
      }
    }
  }
`);

/** A new regional council, or one renamed with its member municipalities chosen among the community's. */
export function RegionalCouncilFormPage() {
  const { t } = useTranslation();
  const { communityId = '', councilId } = useParams();
  const today = useToday();
  const query = useQuery(RegionalCouncilFormPageQuery, { variables: { id: communityId } });
  const community = query.data?.community ?? undefined;
  const council = councilId === undefined ? undefined : community?.regionalCouncils.find((candidate) => candidate.id === councilId);
  const memberIds = council?.members.map((member) => member.id) ?? [];
  const title =
    councilId === undefined ? t('register.council.newTitle') : council && t('register.council.editTitle', { name: council.name });
  return (
    <RegisterPage
      community={community}
      query={query}
      title={community ? title : undefined}
      unavailable={t('register.council.unavailable')}
      path={councilId === undefined ? newRegionalCouncilPath(communityId) : regionalCouncilEditPath(communityId, councilId)}
    >
      {today !== undefined && (
        <CouncilForm
          key={council?.id ?? 'new'}
          communityId={communityId}
          council={council ? { id: council.id, name: council.name, memberIds } : undefined}
          municipalities={councilCandidates(community?.partners ?? [], today, memberIds)}
        />
      )}
    </RegisterPage>
  );
}

function CouncilForm({
  communityId,
  council,
  municipalities,
}: {
  communityId: string;
  council: { id: string; name: string; memberIds: string[] } | undefined;
  municipalities: CouncilCandidate[];
}) {
  const { t } = useTranslation();
  const openCreated = useOpenCreated();
  const [name, setName] = useState(council?.name ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(council?.memberIds ?? []);
  const outcome = useFormOutcome();
  // Read again, the community's councils and its partners' councils are fresh on every page that shows them.
  const readAgain = { refetchQueries: ['RegionalCouncilFormPage'], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateRegionalCouncil, readAgain);
  const [update, updating] = useMutation(UpdateRegionalCouncil, readAgain);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (creating.loading || updating.loading) return;
    outcome.send(
      regionalCouncilInput({ name, memberPartnerIds: memberIds }),
      async (input) => {
        if (council) {
          await update({ variables: { id: council.id, input } });
          return;
        }
        const { data } = await create({ variables: { input: { communityId, ...input } } });
        const created = data?.createRegionalCouncil;
        if (created)
          await openCreated(regionalCouncilEditPath(communityId, created.id), t('register.council.created', { name: created.name }));
      },
      t('register.council.saved'),
    );
  };
  const toggle = (id: string, checked: boolean) =>
    setMemberIds((current) => (checked ? [...current, id] : current.filter((memberId) => memberId !== id)));
  return (
    <>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <Textfield
          label={t('register.council.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={outcome.fields.name}
          autoComplete="off"
          required
        />
        <Fieldset>
          <Fieldset.Legend>{t('register.council.members')}</Fieldset.Legend>
          <Fieldset.Description>{t('register.council.membersDescription')}</Fieldset.Description>
          {municipalities.map((municipality) => {
            const elsewhere = municipality.council && municipality.council.id !== council?.id ? municipality.council : undefined;
            return (
              <Checkbox
                key={municipality.id}
                label={municipality.municipalityNumber ? `${municipality.municipalityNumber} ${municipality.name}` : municipality.name}
                description={elsewhere ? t('register.council.memberOf', { name: elsewhere.name }) : undefined}
                value={municipality.id}
                checked={memberIds.includes(municipality.id)}
                onChange={(event) => toggle(municipality.id, event.target.checked)}
              />
            );
          })}
          {outcome.fields.memberPartnerIds && <ValidationMessage>{outcome.fields.memberPartnerIds}</ValidationMessage>}
        </Fieldset>
        <div className="button-row">
          <Button type="submit" aria-disabled={creating.loading || updating.loading || undefined}>
            {council ? t('register.council.save') : t('register.council.create')}
          </Button>
        </div>
      </form>
    </>
  );
}
