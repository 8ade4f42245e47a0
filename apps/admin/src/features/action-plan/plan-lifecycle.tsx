import { Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { ActionPlanStatus } from '../../gql/graphql';
import { StatusMessage } from '../../shared/status-message';
import { AuthoringForm } from './authoring-form';
import { buildInput, requiredText, valueOf } from './authoring-input';
import { ConfirmActionDialog } from '../../shared/confirm-action-dialog';

const refetch = { refetchQueries: ['PlanEditor'], awaitRefetchQueries: true };

const AdoptMutation = graphql(`
  mutation AdoptActionPlan($input: AdoptActionPlanInput!) {
    adoptActionPlan(input: $input) {
      id
      status
    }
  }
`);
const ProlongMutation = graphql(`
  mutation ProlongActionPlan($input: ProlongActionPlanInput!) {
    prolongActionPlan(input: $input) {
      id
      status
    }
  }
`);
const CloseMutation = graphql(`
  mutation CloseActionPlan($planId: ID!) {
    closeActionPlan(planId: $planId) {
      id
      status
    }
  }
`);

interface PlanLifecycleProps {
  planId: string;
  status: ActionPlanStatus;
  /** The steps the API says the user may take now. */
  nextStatuses: readonly ActionPlanStatus[];
}

/** Where the plan stands and the steps open to it: adopted by a case, prolonged with a reason and a case, closed. */
export function PlanLifecycle({ planId, status, nextStatuses }: PlanLifecycleProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [adopt] = useMutation(AdoptMutation, refetch);
  const [prolong] = useMutation(ProlongMutation, refetch);
  const [close] = useMutation(CloseMutation, refetch);
  const [closing, setClosing] = useState(false);
  const [closed, setClosed] = useState<string>();
  const caseField = (description: string) => ({
    name: 'caseReference' as const,
    kind: 'text' as const,
    label: t('planAuthoring.lifecycle.caseReference'),
    description,
  });

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('planAuthoring.lifecycle.heading')}
      </Heading>
      <Paragraph>{t('planAuthoring.lifecycle.status', { status: t(`actionPlan.planStatus.${status}`) })}</Paragraph>
      <StatusMessage message={closed} />
      {nextStatuses.includes('ADOPTED') && (
        <Details>
          <Details.Summary>{t('planAuthoring.lifecycle.adopt')}</Details.Summary>
          <Details.Content>
            <AuthoringForm
              fields={[caseField(t('planAuthoring.lifecycle.adoptDescription'))]}
              initial={{ caseReference: '' }}
              build={(values) => {
                const caseReference = requiredText(values.caseReference);
                return buildInput([['caseReference', caseReference]], () => ({ caseReference: valueOf(caseReference) }));
              }}
              send={(input) => adopt({ variables: { input: { planId, ...input } } })}
              submitLabel={t('planAuthoring.lifecycle.adoptSubmit')}
              failedHeading={t('planAuthoring.lifecycle.failed')}
              savedMessage={t('planAuthoring.lifecycle.adopted')}
            />
          </Details.Content>
        </Details>
      )}
      {nextStatuses.includes('PROLONGED') && (
        <Details>
          <Details.Summary>{t('planAuthoring.lifecycle.prolong')}</Details.Summary>
          <Details.Content>
            <AuthoringForm
              fields={[
                { name: 'reason', kind: 'textarea', label: t('planAuthoring.lifecycle.reason') },
                caseField(t('planAuthoring.lifecycle.prolongDescription')),
              ]}
              initial={{ reason: '', caseReference: '' }}
              build={(values) => {
                const reason = requiredText(values.reason);
                const caseReference = requiredText(values.caseReference);
                return buildInput(
                  [
                    ['reason', reason],
                    ['caseReference', caseReference],
                  ],
                  () => ({ reason: valueOf(reason), caseReference: valueOf(caseReference) }),
                );
              }}
              send={(input) => prolong({ variables: { input: { planId, ...input } } })}
              submitLabel={t('planAuthoring.lifecycle.prolongSubmit')}
              failedHeading={t('planAuthoring.lifecycle.failed')}
              savedMessage={t('planAuthoring.lifecycle.prolonged')}
            />
          </Details.Content>
        </Details>
      )}
      {nextStatuses.includes('CLOSED') && (
        <div className="button-row">
          <Button variant="secondary" data-color="danger" onClick={() => setClosing(true)}>
            {t('planAuthoring.lifecycle.close')}
          </Button>
        </div>
      )}
      <ConfirmActionDialog
        open={closing}
        heading={t('planAuthoring.lifecycle.closeHeading')}
        body={t('planAuthoring.lifecycle.closeBody')}
        confirmLabel={t('planAuthoring.lifecycle.closeConfirm')}
        cancelLabel={t('planAuthoring.lifecycle.cancel')}
        closeLabel={t('planAuthoring.actions.close')}
        failedHeading={t('planAuthoring.lifecycle.failed')}
        action={() => close({ variables: { planId } })}
        onClose={() => setClosing(false)}
        onDone={() => {
          setClosing(false);
          setClosed(t('planAuthoring.lifecycle.closed'));
        }}
      />
    </section>
  );
}
