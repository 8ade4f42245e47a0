import { Alert, Button, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import { useErrorText } from '../../shared/error-messages';
import { QueryError } from '../../shared/query-state';
import { communityRoles, roleLabel, roleName } from '../../shared/role-labels';
import { SelectField } from '../../shared/select-field';
import { StatusMessage } from '../../shared/status-message';
import {
  buildGrantRoleInput,
  emptyGrantRoleValues,
  type GrantRoleField,
  grantRoleFields,
  type GrantRoleValues,
  isCommunityRole,
  isGrantRoleField,
} from './grant-role-input';

export const GrantRoleFormFragment = graphql(`
  fragment GrantRoleForm_Community on Community {
    id
    shortName
    regionalCouncils {
      id
      name
    }
    partners {
      id
      name
      kind
    }
  }
`);

const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      name
      hasPassword
      usesIdentityProvider
      roles {
        id
        role
        communityId
        regionalCouncilId
        partnerId
      }
    }
  }
`);

type FieldErrors = Partial<Record<GrantRoleField, string>>;

/**
 * Gives a person (new or known by e-mail) one of the community's roles. Nobody here chooses the
 * person's password: someone who cannot sign in yet gets an invitation by e-mail.
 */
export function GrantRoleForm(props: { community: FragmentType<typeof GrantRoleFormFragment> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const headingId = `${id}-heading`;
  const fieldId = (field: GrantRoleField) => `${id}-${field}`;
  const community = getFragmentData(GrantRoleFormFragment, props.community);
  const municipalities = community.partners.filter((partner) => partner.kind === 'MUNICIPALITY');
  const [values, setValues] = useState<GrantRoleValues>(emptyGrantRoleValues);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [attempts, setAttempts] = useState(0);
  const [done, setDone] = useState<string>();
  const [grantRole, { loading }] = useMutation(GrantRoleMutation, {
    refetchQueries: ['CommunityUsers'],
    awaitRefetchQueries: true,
  });

  const change = (field: GrantRoleField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setDone(undefined);
    setFailure(undefined);
    setOtherErrors([]);
    const parsed = buildGrantRoleInput(values, community.id);
    if (!parsed.ok) {
      const errors: FieldErrors = {};
      for (const [field, problem] of Object.entries(parsed.problems)) {
        if (isGrantRoleField(field) && problem) errors[field] = t(`users.grant.errors.${problem}`);
      }
      setFieldErrors(errors);
      setAttempts((count) => count + 1);
      return;
    }
    setFieldErrors({});
    try {
      const { data } = await grantRole({ variables: { input: parsed.input } });
      const granted = data?.grantRole;
      setValues(emptyGrantRoleValues);
      if (granted) {
        const grant = {
          role: parsed.input.role,
          communityId: community.id,
          regionalCouncilId: parsed.input.role === 'REGIONAL_COUNCIL' ? values.regionalCouncilId : null,
          partnerId: parsed.input.role === 'MUNICIPALITY' ? values.partnerId : null,
        };
        const role = roleLabel(grant, t, [{ ...community, partners: municipalities }], false);
        const invited = !granted.hasPassword && !granted.usesIdentityProvider;
        setDone(t(invited ? 'users.grant.doneInvited' : 'users.grant.done', { name: granted.name, role, email: parsed.input.email }));
      }
    } catch (error) {
      const byField = errorText.inputErrors(error);
      if (byField) {
        const errors: FieldErrors = {};
        const other = [...byField.other];
        for (const [field, message] of Object.entries(byField.fields)) {
          if (!message) continue;
          if (isGrantRoleField(field)) errors[field] = message;
          else other.push(message);
        }
        setFieldErrors(errors);
        setOtherErrors(other);
        setAttempts((count) => count + 1);
      } else {
        setFailure(error);
      }
    }
  };

  const summaryItems: FormErrorItem[] = [
    ...grantRoleFields.flatMap((field) => {
      const message = fieldErrors[field];
      return message ? [{ fieldId: fieldId(field), message: `${fieldLabel(field, t)}: ${message}` }] : [];
    }),
    ...otherErrors.map((message) => ({ message })),
  ];
  // Already has the role, or a role for oneself: refusals the user can act on, in the user's language.
  const conflicts = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN']);

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('users.grant.heading')}
      </Heading>
      <Paragraph>{t('users.grant.intro')}</Paragraph>
      <FormErrorSummary key={attempts} heading={t('users.grant.errors.summary')} items={summaryItems} />
      {conflicts.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t('users.grant.failed')}
          </Heading>
          {conflicts.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {failure !== undefined && conflicts.length === 0 && <QueryError error={failure} />}
      <StatusMessage message={done} />
      <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          id={fieldId('email')}
          label={t('users.grant.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          error={fieldErrors.email}
          onChange={(event) => change('email', event.target.value)}
        />
        <Textfield
          id={fieldId('name')}
          label={t('users.grant.name')}
          description={t('users.grant.nameDescription')}
          autoComplete="off"
          value={values.name}
          error={fieldErrors.name}
          onChange={(event) => change('name', event.target.value)}
        />
        <SelectField
          id={fieldId('role')}
          label={t('users.grant.role')}
          value={values.role}
          error={fieldErrors.role}
          onChange={(value) => change('role', isCommunityRole(value) ? value : '')}
        >
          <Select.Option value="">{t('users.grant.chooseRole')}</Select.Option>
          {communityRoles.map((role) => (
            <Select.Option key={role} value={role}>
              {roleName(role, t)}
            </Select.Option>
          ))}
        </SelectField>
        {values.role === 'REGIONAL_COUNCIL' && (
          <SelectField
            id={fieldId('regionalCouncilId')}
            label={t('users.grant.council')}
            description={community.regionalCouncils.length === 0 ? t('users.grant.noCouncils') : undefined}
            value={values.regionalCouncilId}
            error={fieldErrors.regionalCouncilId}
            onChange={(value) => change('regionalCouncilId', value)}
          >
            <Select.Option value="">{t('users.grant.chooseCouncil')}</Select.Option>
            {community.regionalCouncils.map((council) => (
              <Select.Option key={council.id} value={council.id}>
                {council.name}
              </Select.Option>
            ))}
          </SelectField>
        )}
        {values.role === 'MUNICIPALITY' && (
          <SelectField
            id={fieldId('partnerId')}
            label={t('users.grant.municipality')}
            value={values.partnerId}
            error={fieldErrors.partnerId}
            onChange={(value) => change('partnerId', value)}
          >
            <Select.Option value="">{t('users.grant.chooseMunicipality')}</Select.Option>
            {municipalities.map((partner) => (
              <Select.Option key={partner.id} value={partner.id}>
                {partner.name}
              </Select.Option>
            ))}
          </SelectField>
        )}
        <Button type="submit" loading={loading}>
          {t('users.grant.submit')}
        </Button>
      </form>
    </section>
  );
}

function fieldLabel(field: GrantRoleField, t: TFunction): string {
  switch (field) {
    case 'email':
      return t('users.grant.email');
    case 'name':
      return t('users.grant.name');
    case 'role':
      return t('users.grant.role');
    case 'regionalCouncilId':
      return t('users.grant.council');
    case 'partnerId':
      return t('users.grant.municipality');
  }
}
