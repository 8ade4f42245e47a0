import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { graphql } from '../../gql';
import type { CreateActionPlanInput } from '../../gql/graphql';
import { AuthoringForm, type FieldSpec } from './authoring-form';
import { buildInput, type FormValues, requiredText, valueOf, year } from './authoring-input';
import { planEditorPath } from './plan-paths';

const CreateActionPlanMutation = graphql(`
  mutation CreateActionPlan($input: CreateActionPlanInput!) {
    createActionPlan(input: $input) {
      id
    }
  }
`);

type Field = 'title' | 'periodFrom' | 'periodTo';

/** A new plan, as a draft; the secretariat goes straight on to its editor. */
export function CreatePlanForm({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const [create] = useMutation(CreateActionPlanMutation, { refetchQueries: ['Community'] });
  const fields: FieldSpec<Field>[] = [
    { name: 'title', kind: 'text', label: t('planAuthoring.create.title'), description: t('planAuthoring.create.titleDescription') },
    { name: 'periodFrom', kind: 'year', label: t('planAuthoring.create.periodFrom') },
    { name: 'periodTo', kind: 'year', label: t('planAuthoring.create.periodTo') },
  ];
  const build = (values: FormValues<Field>) => {
    const title = requiredText(values.title);
    const periodFrom = year(values.periodFrom);
    const periodTo = year(values.periodTo);
    return buildInput<Field, CreateActionPlanInput>(
      [
        ['title', title],
        ['periodFrom', periodFrom],
        ['periodTo', periodTo],
      ],
      () => ({ communityId, title: valueOf(title), periodFrom: valueOf(periodFrom), periodTo: valueOf(periodTo) }),
    );
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={3} data-size="sm" id={headingId}>
        {t('planAuthoring.create.heading')}
      </Heading>
      <Paragraph>{t('planAuthoring.create.intro')}</Paragraph>
      <AuthoringForm
        fields={fields}
        initial={{ title: '', periodFrom: '', periodTo: '' }}
        build={build}
        send={async (input) => {
          const { data } = await create({ variables: { input } });
          if (data) await navigate(planEditorPath(communityId, data.createActionPlan.id));
        }}
        submitLabel={t('planAuthoring.create.submit')}
        failedHeading={t('planAuthoring.create.failed')}
        savedMessage={t('planAuthoring.create.saved')}
      />
    </section>
  );
}
