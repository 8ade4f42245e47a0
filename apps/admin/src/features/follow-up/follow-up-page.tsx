import { Button, Card, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { FollowUpOverviewQuery } from '../../gql/graphql';
import { AppLink } from '../../shared/app-link';
import { Loading, QueryError } from '../../shared/query-state';
import { ScrollableTable } from '../../shared/scrollable-table';
import { SelectField } from '../../shared/select-field';
import { StatusMessage } from '../../shared/status-message';
import { useFormatters } from '../../shared/use-formatters';
import { useToday } from '../../shared/use-today';
import { casePath } from '../cases/paths';
import { canReadFollowUp } from '../session/access';
import { CommunityAdminPage } from '../session/community-admin-page';
import { useSession } from '../session/use-session';
import { type FollowUpToRecord, RecordFollowUpDialog } from './record-follow-up-dialog';

const FollowUpPageQuery = graphql(`
  query FollowUpPage($communityId: ID!) {
    community(id: $communityId) {
      id
      name
      shortName
    }
  }
`);

const FollowUpOverviewQueryDocument = graphql(`
  query FollowUpOverview($communityId: ID!, $from: LocalDate!, $to: LocalDate!, $olderThanDays: Int, $partnerId: ID) {
    community(id: $communityId) {
      id
      followUpMatrix(from: $from, to: $to) {
        from
        to
        hasMore
        partners {
          id
          name
          kind
        }
        decisions {
          decision {
            id
            caseId
            caseReference
            caseTitle
            organName
            decidedOn
          }
          rows {
            partnerId
            partnerName
            status
            localReference
            localDate
            note
            version
            canRecord
          }
        }
      }
      followUpsOverdue(olderThanDays: $olderThanDays, partnerId: $partnerId) {
        decision {
          id
          caseId
          caseReference
          caseTitle
        }
        row {
          partnerId
          partnerName
          status
          daysSinceDecision
        }
      }
    }
  }
`);

type Overview = NonNullable<FollowUpOverviewQuery['community']>;
type Matrix = Overview['followUpMatrix'];
type DecisionEntry = Matrix['decisions'][number];
type Row = DecisionEntry['rows'][number];

const DEFAULT_OVERDUE_DAYS = 90;

/** A community's follow-up of binding decisions: the matrix, a municipality's own rows, and what is not followed up. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(FollowUpPageQuery, { variables: { communityId } });
  return (
    <CommunityAdminPage
      title={t('followUp.title')}
      pathSegment="follow-up"
      community={data?.community}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      allowed={canReadFollowUp}
      deniedBody={t('followUp.denied')}
    >
      <Paragraph variant="long">{t('followUp.intro')}</Paragraph>
      <FollowUpOverview communityId={communityId} />
    </CommunityAdminPage>
  );
}

function FollowUpOverview({ communityId }: { communityId: string }) {
  const today = useToday();
  if (!today) return <Loading />;
  return <FollowUpOverviewFor communityId={communityId} today={today} />;
}

function FollowUpOverviewFor({ communityId, today }: { communityId: string; today: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [period, setPeriod] = useState({ from: `${Number(today.slice(0, 4)) - 9}-01-01`, to: today });
  const [overdue, setOverdue] = useState<{ olderThanDays: number; partnerId: string | null }>({
    olderThanDays: DEFAULT_OVERDUE_DAYS,
    partnerId: null,
  });
  const [recording, setRecording] = useState<FollowUpToRecord>();
  const [message, setMessage] = useState<string>();
  const messageRef = useRef<HTMLDivElement>(null);
  const { data, previousData, error, loading, refetch } = useQuery(FollowUpOverviewQueryDocument, {
    variables: { communityId, ...period, ...overdue },
  });
  const overview = (data ?? previousData)?.community;
  const ownPartnerIds =
    session.status === 'signed-in'
      ? session.me.roles.flatMap((grant) =>
          grant.role === 'MUNICIPALITY' && grant.communityId === communityId && grant.partnerId ? [grant.partnerId] : [],
        )
      : [];
  const open = (entry: DecisionEntry, row: Row) =>
    setRecording({
      decisionId: entry.decision.id,
      caseReference: entry.decision.caseReference,
      decidedOn: entry.decision.decidedOn,
      partnerId: row.partnerId,
      partnerName: row.partnerName,
      status: row.status,
      localReference: row.localReference,
      localDate: row.localDate,
      note: row.note,
      version: row.version,
    });
  const saved = (cell: FollowUpToRecord) => {
    setRecording(undefined);
    setMessage(t('followUp.record.savedFor', { partner: cell.partnerName, status: t(`followUp.status.${cell.status}`) }));
    messageRef.current?.focus();
  };

  return (
    <>
      <StatusMessage ref={messageRef} message={message} />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!overview && loading && <Loading />}
      {overview && (
        <>
          {ownPartnerIds.map((partnerId) => (
            <OwnFollowUp key={partnerId} matrix={overview.followUpMatrix} partnerId={partnerId} onRecord={open} />
          ))}
          <PeriodForm period={period} onChange={setPeriod} />
          <FollowUpMatrixView matrix={overview.followUpMatrix} communityId={communityId} onRecord={open} />
          <OverdueList
            communityId={communityId}
            entries={overview.followUpsOverdue}
            partners={overview.followUpMatrix.partners}
            query={overdue}
            onChange={setOverdue}
          />
        </>
      )}
      <RecordFollowUpDialog cell={recording} onClose={() => setRecording(undefined)} onSaved={saved} />
    </>
  );
}

function PeriodForm({
  period,
  onChange,
}: {
  period: { from: string; to: string };
  onChange: (period: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (from && to) onChange({ from, to });
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('followUp.period.heading')}
      </Heading>
      <form className="inline-form" onSubmit={submit}>
        <Textfield label={t('followUp.period.from')} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        <Textfield label={t('followUp.period.to')} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        <Button type="submit" variant="secondary">
          {t('followUp.period.show')}
        </Button>
      </form>
    </section>
  );
}

/** What a partner's cell says: the status, and the local case and date once there are any. */
function CellText({ row }: { row: Row }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  return (
    <>
      <strong>{t(`followUp.status.${row.status}`)}</strong>
      {row.localReference && <span className="follow-up-detail">{row.localReference}</span>}
      {row.localDate && <span className="follow-up-detail">{formatters.date(row.localDate)}</span>}
    </>
  );
}

function RecordButton({ entry, row, onRecord }: { entry: DecisionEntry; row: Row; onRecord: (entry: DecisionEntry, row: Row) => void }) {
  const { t } = useTranslation();
  if (!row.canRecord) return null;
  return (
    <Button variant="tertiary" data-size="sm" onClick={() => onRecord(entry, row)}>
      {t('followUp.record.open')}
      <span className="ds-sr-only">
        {' '}
        – {row.partnerName}: {entry.decision.caseReference}
      </span>
    </Button>
  );
}

function DecisionHeading({ entry, communityId }: { entry: DecisionEntry; communityId: string }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const { decision } = entry;
  return (
    <>
      <AppLink to={casePath(communityId, decision.caseId)}>{decision.caseReference}</AppLink>
      <span className="follow-up-detail">{decision.caseTitle ?? t('followUp.matrix.exemptTitle')}</span>
      <span className="follow-up-detail">
        {t('followUp.matrix.decidedOn', { organ: decision.organName, date: formatters.date(decision.decidedOn) })}
      </span>
    </>
  );
}

/** The matrix: a table of decisions × partners on wide screens, a card per decision on narrow ones. */
function FollowUpMatrixView({
  matrix,
  communityId,
  onRecord,
}: {
  matrix: Matrix;
  communityId: string;
  onRecord: (entry: DecisionEntry, row: Row) => void;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const headingId = useId();
  const captionId = useId();
  const caption = t('followUp.matrix.caption', { from: formatters.date(matrix.from), to: formatters.date(matrix.to) });
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('followUp.matrix.heading')}
      </Heading>
      {matrix.hasMore && <Paragraph>{t('followUp.matrix.hasMore')}</Paragraph>}
      {matrix.decisions.length === 0 ? (
        <Paragraph>{t('followUp.matrix.empty')}</Paragraph>
      ) : (
        <>
          <div className="follow-up-wide">
            <ScrollableTable captionId={captionId}>
              <Table zebra border>
                <caption id={captionId}>{caption}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('followUp.matrix.decision')}</Table.HeaderCell>
                    {matrix.partners.map((partner) => (
                      <Table.HeaderCell key={partner.id} scope="col">
                        {partner.name}
                      </Table.HeaderCell>
                    ))}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {matrix.decisions.map((entry) => (
                    <Table.Row key={entry.decision.id}>
                      <Table.HeaderCell scope="row">
                        <span className="follow-up-cell">
                          <DecisionHeading entry={entry} communityId={communityId} />
                        </span>
                      </Table.HeaderCell>
                      {matrix.partners.map((partner) => {
                        const row = entry.rows.find((candidate) => candidate.partnerId === partner.id);
                        return (
                          <Table.Cell key={partner.id}>
                            {row ? (
                              <span className="follow-up-cell">
                                <CellText row={row} />
                                <RecordButton entry={entry} row={row} onRecord={onRecord} />
                              </span>
                            ) : (
                              <span className="follow-up-detail">{t('followUp.matrix.notPartner')}</span>
                            )}
                          </Table.Cell>
                        );
                      })}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollableTable>
          </div>
          <ul className="follow-up-narrow follow-up-cards" aria-label={caption}>
            {matrix.decisions.map((entry) => (
              <li key={entry.decision.id}>
                <Card>
                  <Heading level={3} data-size="xs">
                    {entry.decision.caseReference}
                  </Heading>
                  <Paragraph data-size="sm">
                    {entry.decision.caseTitle ?? t('followUp.matrix.exemptTitle')} –{' '}
                    {t('followUp.matrix.decidedOn', { organ: entry.decision.organName, date: formatters.date(entry.decision.decidedOn) })}
                  </Paragraph>
                  <ul className="follow-up-card-rows">
                    {entry.rows.map((row) => (
                      <li key={row.partnerId}>
                        <span className="follow-up-cell">
                          <span>{row.partnerName}</span>
                          <CellText row={row} />
                          <RecordButton entry={entry} row={row} onRecord={onRecord} />
                        </span>
                      </li>
                    ))}
                  </ul>
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A municipality user's own rows: each decision of the period with its municipality's handling. */
function OwnFollowUp({
  matrix,
  partnerId,
  onRecord,
}: {
  matrix: Matrix;
  partnerId: string;
  onRecord: (entry: DecisionEntry, row: Row) => void;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const headingId = useId();
  const captionId = useId();
  const name = matrix.partners.find((partner) => partner.id === partnerId)?.name ?? '';
  const own = matrix.decisions.flatMap((entry) => {
    const row = entry.rows.find((candidate) => candidate.partnerId === partnerId);
    return row ? [{ entry, row }] : [];
  });
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('followUp.own.heading', { name })}
      </Heading>
      {own.length === 0 ? (
        <Paragraph>{t('followUp.own.empty')}</Paragraph>
      ) : (
        <ScrollableTable captionId={captionId}>
          <Table zebra>
            <caption id={captionId}>{t('followUp.own.intro', { name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('followUp.matrix.decision')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.columns.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.columns.reference')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.columns.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  <span className="ds-sr-only">{t('followUp.record.open')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {own.map(({ entry, row }) => (
                <Table.Row key={entry.decision.id}>
                  <Table.HeaderCell scope="row">
                    {entry.decision.caseReference}
                    <span className="follow-up-detail">{entry.decision.caseTitle ?? t('followUp.matrix.exemptTitle')}</span>
                  </Table.HeaderCell>
                  <Table.Cell>{t(`followUp.status.${row.status}`)}</Table.Cell>
                  <Table.Cell>{row.localReference ?? ''}</Table.Cell>
                  <Table.Cell>{row.localDate ? formatters.date(row.localDate) : ''}</Table.Cell>
                  <Table.Cell>
                    <RecordButton entry={entry} row={row} onRecord={onRecord} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
    </section>
  );
}

function OverdueList({
  communityId,
  entries,
  partners,
  query,
  onChange,
}: {
  communityId: string;
  entries: Overview['followUpsOverdue'];
  partners: Matrix['partners'];
  query: { olderThanDays: number; partnerId: string | null };
  onChange: (query: { olderThanDays: number; partnerId: string | null }) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const fieldId = useId();
  const [days, setDays] = useState(String(query.olderThanDays));
  const [partnerId, setPartnerId] = useState(query.partnerId ?? '');
  const [daysError, setDaysError] = useState<string>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = Number(days.trim());
    if (!/^\d+$/.test(days.trim()) || parsed > 3650) {
      setDaysError(t('followUp.overdue.daysInvalid'));
      return;
    }
    setDaysError(undefined);
    onChange({ olderThanDays: parsed, partnerId: partnerId === '' ? null : partnerId });
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('followUp.overdue.heading')}
      </Heading>
      <Paragraph>{t('followUp.overdue.intro')}</Paragraph>
      <form className="inline-form" noValidate onSubmit={submit}>
        <Textfield
          label={t('followUp.overdue.days')}
          inputMode="numeric"
          value={days}
          error={daysError}
          onChange={(event) => setDays(event.target.value)}
        />
        <SelectField id={`${fieldId}-partner`} label={t('followUp.overdue.partner')} value={partnerId} onChange={setPartnerId}>
          <Select.Option value="">{t('followUp.overdue.allPartners')}</Select.Option>
          {partners.map((partner) => (
            <Select.Option key={partner.id} value={partner.id}>
              {partner.name}
            </Select.Option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          {t('followUp.overdue.show')}
        </Button>
      </form>
      {entries.length === 0 ? (
        <Paragraph>{t('followUp.overdue.empty', { days: query.olderThanDays })}</Paragraph>
      ) : (
        <ScrollableTable captionId={captionId}>
          <Table zebra>
            <caption id={captionId}>{t('followUp.overdue.caption', { days: query.olderThanDays })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('followUp.matrix.decision')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.columns.partner')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.columns.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.overdue.daysSince')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {entries.map(({ decision, row }) => (
                <Table.Row key={`${decision.id}:${row.partnerId}`}>
                  <Table.Cell>
                    <AppLink to={casePath(communityId, decision.caseId)}>{decision.caseReference}</AppLink>
                  </Table.Cell>
                  <Table.Cell>{row.partnerName}</Table.Cell>
                  <Table.Cell>{t(`followUp.status.${row.status}`)}</Table.Cell>
                  <Table.Cell>{row.daysSinceDecision}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
    </section>
  );
}
