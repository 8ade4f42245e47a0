import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { FollowUpStatus } from '../../gql/graphql';
import { useFormatters } from '../../shared/use-formatters';
import { AuthoringForm, type FieldSpec } from '../action-plan/authoring-form';
import { buildFollowUpInput, FOLLOW_UP_STATUSES, type FollowUpField } from './follow-up-input';

const RecordFollowUpMutation = graphql(`
  mutation RecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      decision {
        id
      }
    }
  }
`);

/** The cell being recorded: the partner's row of a decision, as read. */
export interface FollowUpToRecord {
  decisionId: string;
  caseReference: string;
  decidedOn: string;
  partnerId: string;
  partnerName: string;
  status: FollowUpStatus;
  localReference?: string | null;
  localDate?: string | null;
  note?: string | null;
  version: number;
}

/** Records one partner's local handling of a decision; the API checks the dates, the reference and the version. */
export function RecordFollowUpDialog({
  cell,
  onClose,
  onSaved,
}: {
  cell: FollowUpToRecord | undefined;
  onClose: () => void;
  onSaved: (cell: FollowUpToRecord) => void;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const headingId = useId();
  const [record] = useMutation(RecordFollowUpMutation, { refetchQueries: ['FollowUpOverview'], awaitRefetchQueries: true });
  const fields: FieldSpec<FollowUpField>[] = [
    {
      name: 'status',
      kind: 'select',
      label: t('followUp.record.status'),
      emptyOption: '',
      options: FOLLOW_UP_STATUSES.map((status) => ({ value: status, label: t(`followUp.status.${status}`) })),
    },
    {
      name: 'localReference',
      kind: 'text',
      label: t('followUp.record.localReference'),
      description: t('followUp.record.localReferenceDescription'),
    },
    { name: 'localDate', kind: 'date', label: t('followUp.record.localDate') },
    { name: 'note', kind: 'textarea', label: t('followUp.record.note') },
  ];
  return (
    <Dialog open={cell !== undefined} onClose={onClose} closeButton={t('followUp.record.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('followUp.record.heading', { partner: cell?.partnerName ?? '' })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="dialog-body">
        {cell && (
          <>
            <Paragraph data-size="sm">
              {t('followUp.record.intro', { reference: cell.caseReference, date: formatters.date(cell.decidedOn) })}
            </Paragraph>
            <AuthoringForm
              key={`${cell.decisionId}:${cell.partnerId}:${cell.version}`}
              fields={fields}
              initial={{
                status: cell.status,
                localReference: cell.localReference ?? '',
                localDate: cell.localDate ?? '',
                note: cell.note ?? '',
              }}
              build={(values) => buildFollowUpInput(values, cell)}
              send={async (input) => {
                await record({ variables: { input } });
                onSaved({ ...cell, status: input.status });
              }}
              submitLabel={t('followUp.record.submit')}
              failedHeading={t('followUp.record.failed')}
              savedMessage={t('followUp.record.saved')}
            />
          </>
        )}
      </Dialog.Block>
    </Dialog>
  );
}
