import { Button, Details, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { StatusLevel } from '../../gql/graphql';
import { localeFor } from '@helsefellesskap/calendar';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import { StatusMessage } from '../../shared/status-message';
import { useFormatters } from '../../shared/use-formatters';
import { formatProgress } from './indicator-format';
import { CorrectUpdateDialog } from './correct-update-dialog';
import { StatusTag } from './status-tag';

export interface HistoryEntry {
  id: string;
  /** The entry this one corrects, and the one that corrected this one (then it no longer counts). */
  correctsId?: string | null;
  correctedById?: string | null;
  /** Whether the user may correct it (the API decides). */
  canCorrect?: boolean;
  reportedOn: string;
  status?: StatusLevel | null;
  progress?: number | null;
  comment: string;
  authorName: string;
  createdAt: string;
}

interface UpdateHistoryProps {
  title: string;
  /** Null for callers outside the community: the history is internal. */
  updates: readonly HistoryEntry[] | null | undefined;
}

/**
 * Every status update of a measure, oldest first, in a disclosure. The measure's fragment selects the
 * updates: another nested fragment would exceed the API's query depth limit.
 */
export function UpdateHistory({ title, updates }: UpdateHistoryProps) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const captionId = useId();
  const [correcting, setCorrecting] = useState<HistoryEntry>();
  const [corrected, setCorrected] = useState<string>();
  if (!updates) return null;
  const locale = localeFor(i18n.language);
  const correctable = updates.some((update) => update.canCorrect);
  return (
    <Details>
      <Details.Summary>{t('actionPlan.history.summary', { count: updates.length })}</Details.Summary>
      <Details.Content>
        {updates.length === 0 ? (
          <Paragraph>{t('actionPlan.history.empty')}</Paragraph>
        ) : (
          <ScrollableTable captionId={captionId}>
            <Table data-size="sm">
              <caption id={captionId}>{t('actionPlan.history.caption', { title })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('actionPlan.history.columns.reportedOn')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('actionPlan.history.columns.status')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('actionPlan.history.columns.progress')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('actionPlan.history.columns.comment')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('actionPlan.history.columns.author')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('actionPlan.history.columns.createdAt')}</Table.HeaderCell>
                  {correctable && (
                    <Table.HeaderCell>
                      <span className="ds-sr-only">{t('planAuthoring.correction.action')}</span>
                    </Table.HeaderCell>
                  )}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {updates.map((update) => (
                  <Table.Row key={update.id}>
                    <Table.Cell className="nowrap">
                      {formatters.date(update.reportedOn)}
                      {update.correctedById && <span className="correction-mark">{t('planAuthoring.correction.corrected')}</span>}
                      {update.correctsId && <span className="correction-mark">{t('planAuthoring.correction.correction')}</span>}
                    </Table.Cell>
                    <Table.Cell>{update.status ? <StatusTag status={update.status} /> : <NotRecorded />}</Table.Cell>
                    <Table.Cell className="numeric">
                      {update.progress === null || update.progress === undefined ? (
                        <NotRecorded />
                      ) : (
                        formatProgress(update.progress, locale)
                      )}
                    </Table.Cell>
                    <Table.Cell>{update.comment === '' ? <NotRecorded /> : update.comment}</Table.Cell>
                    <Table.Cell>{update.authorName}</Table.Cell>
                    <Table.Cell className="nowrap">{formatters.dateTime(update.createdAt)}</Table.Cell>
                    {correctable && (
                      <Table.Cell>
                        {update.canCorrect && (
                          <Button
                            variant="secondary"
                            data-size="sm"
                            aria-label={t('planAuthoring.correction.actionLabel', { date: formatters.date(update.reportedOn) })}
                            onClick={() => {
                              setCorrected(undefined);
                              setCorrecting(update);
                            }}
                          >
                            {t('planAuthoring.correction.action')}
                          </Button>
                        )}
                      </Table.Cell>
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollableTable>
        )}
        <StatusMessage message={corrected} />
        <CorrectUpdateDialog
          update={correcting}
          onClose={() => setCorrecting(undefined)}
          onCorrected={() => {
            setCorrecting(undefined);
            setCorrected(t('planAuthoring.correction.saved'));
          }}
        />
      </Details.Content>
    </Details>
  );
}
