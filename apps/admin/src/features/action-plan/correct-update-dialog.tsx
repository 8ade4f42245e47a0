import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { STATUS_LEVELS } from '@helsefellesskap/status-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { CorrectStatusUpdateInput, StatusLevel } from '../../gql/graphql';
import { useFormatters } from '../../shared/use-formatters';
import { AuthoringForm, type FieldSpec } from './authoring-form';
import type { FormValues, Parsed } from './authoring-input';
import { buildInput, optionalDate, valueOf } from './authoring-input';
import { isStatusLevel, statusLabel, toLocale } from './status-presentation';
import { parseProgress } from './status-update-input';

const CorrectStatusUpdateMutation = graphql(`
  mutation CorrectStatusUpdate($input: CorrectStatusUpdateInput!) {
    correctStatusUpdate(input: $input) {
      id
    }
  }
`);

export interface UpdateToCorrect {
  id: string;
  reportedOn: string;
  status?: StatusLevel | null;
  progress?: number | null;
}

type Field = 'status' | 'progress' | 'reportedOn' | 'comment';

function progress(text: string): Parsed<number | null> {
  const parsed = parseProgress(text);
  return parsed === 'invalid' ? { ok: false, problem: 'numberInvalid' } : { ok: true, value: parsed };
}

/**
 * Corrects a wrong status update of a measure: a new entry that supersedes it. Starts from the wrong
 * entry's values, so only what was wrong needs changing.
 */
export function CorrectUpdateDialog({
  update,
  onClose,
  onCorrected,
}: {
  update: UpdateToCorrect | undefined;
  onClose: () => void;
  onCorrected: () => void;
}) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const headingId = useId();
  const locale = toLocale(i18n.language);
  const [correct] = useMutation(CorrectStatusUpdateMutation, {
    refetchQueries: ['ActionPlanPage', 'PlanProgress'],
    awaitRefetchQueries: true,
  });
  const fields: FieldSpec<Field>[] = [
    {
      name: 'status',
      kind: 'select',
      label: t('actionPlan.updateForm.status'),
      emptyOption: t('actionPlan.updateForm.chooseStatus'),
      options: STATUS_LEVELS.map((level) => ({ value: level, label: statusLabel(level, locale) })),
    },
    {
      name: 'progress',
      kind: 'number',
      label: t('actionPlan.updateForm.progress'),
      description: t('actionPlan.updateForm.progressDescription'),
    },
    { name: 'reportedOn', kind: 'date', label: t('actionPlan.updateForm.reportedOn') },
    { name: 'comment', kind: 'textarea', label: t('planAuthoring.correction.comment') },
  ];
  const build = (values: FormValues<Field>) => {
    const parsedProgress = progress(values.progress);
    const reportedOn = optionalDate(values.reportedOn);
    return buildInput<Field, CorrectStatusUpdateInput>(
      [
        ['progress', parsedProgress],
        ['reportedOn', reportedOn],
      ],
      () => ({
        updateId: update?.id ?? '',
        status: isStatusLevel(values.status) ? values.status : null,
        progress: valueOf(parsedProgress),
        reportedOn: valueOf(reportedOn),
        comment: values.comment.trim(),
      }),
    );
  };
  const date = update ? formatters.date(update.reportedOn) : '';
  return (
    <Dialog open={update !== undefined} onClose={onClose} closeButton={t('planAuthoring.correction.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('planAuthoring.correction.heading', { date })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="dialog-body">
        <Paragraph data-size="sm">{t('planAuthoring.correction.intro')}</Paragraph>
        {update && (
          <AuthoringForm
            key={update.id}
            fields={fields}
            initial={{
              status: update.status ?? '',
              progress: update.progress === null || update.progress === undefined ? '' : String(update.progress),
              reportedOn: update.reportedOn,
              comment: '',
            }}
            build={build}
            send={(input) => correct({ variables: { input } })}
            submitLabel={t('planAuthoring.correction.submit')}
            failedHeading={t('planAuthoring.correction.failed')}
            savedMessage={t('planAuthoring.correction.saved')}
            onSaved={onCorrected}
          />
        )}
      </Dialog.Block>
    </Dialog>
  );
}
