import { Button, Table } from '@digdir/designsystemet-react';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';
import { AuditChanges } from './audit-changes';
import { actionLabel, entityTypeLabel } from './audit-entity-types';

export const AuditEventsTableFragment = graphql(`
  fragment AuditEventsTable_AuditEvent on AuditEvent {
    id
    at
    actorUserId
    actorEmail
    action
    entityType
    entityId
    entityName
    before
    after
  }
`);

interface AuditEventsTableProps {
  events: readonly FragmentType<typeof AuditEventsTableFragment>[];
  /** Names of the community's users by id, to show who made a change. */
  userNames: ReadonlyMap<string, string>;
}

const columnCount = 6;

/** The events, newest first; each opens a row below it with the record before and after. */
export function AuditEventsTable({ userNames, ...props }: AuditEventsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const captionId = `${id}-caption`;
  const events = getFragmentData(AuditEventsTableFragment, props.events);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  const toggle = (eventId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(eventId)) next.delete(eventId);
      else next.add(eventId);
      return next;
    });

  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra className="audit-table">
        <caption id={captionId}>{t('audit.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('audit.columns.at')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.actor')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.action')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.entityType')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.entity')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.changes')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {events.map((event) => {
            const isOpen = open.has(event.id);
            const changesId = `${id}-changes-${event.id}`;
            const time = format.dateTime(event.at);
            const type = entityTypeLabel(event.entityType, t);
            const actorName = event.actorUserId ? userNames.get(event.actorUserId) : undefined;
            // A record that no longer exists has no name: its id is all the log knows.
            const name = event.entityName ?? event.entityId;
            return (
              <Fragment key={event.id}>
                <Table.Row>
                  <Table.Cell className="nowrap">
                    <time dateTime={event.at}>{time}</time>
                  </Table.Cell>
                  <Table.Cell>
                    {actorName ?? event.actorEmail ?? t('audit.system')}
                    {actorName && event.actorEmail && (
                      <>
                        {' '}
                        <span className="audit-actor-email">{event.actorEmail}</span>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>{actionLabel(event.action, t)}</Table.Cell>
                  <Table.Cell>{type}</Table.Cell>
                  <Table.Cell>
                    {event.entityName ?? (
                      <>
                        <code className="audit-id">{event.entityId}</code> <span className="audit-gone">({t('audit.recordGone')})</span>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? changesId : undefined}
                      onClick={() => toggle(event.id)}
                    >
                      {isOpen ? t('audit.hideChanges') : t('audit.showChanges')}
                      <span className="ds-sr-only"> {t('audit.changesFor', { type, name, time })}</span>
                    </Button>
                  </Table.Cell>
                </Table.Row>
                {isOpen && (
                  <Table.Row id={changesId} className="audit-changes-row">
                    <Table.Cell colSpan={columnCount}>
                      <AuditChanges
                        caption={t('audit.changesCaption', { type, name })}
                        entityType={event.entityType}
                        before={event.before}
                        after={event.after}
                      />
                    </Table.Cell>
                  </Table.Row>
                )}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
