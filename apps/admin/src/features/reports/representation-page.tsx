import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';
import { readReportFilter, toReportFilterInput } from './report-filter';
import { ReportDownloads } from './report-downloads';
import { ReportPage } from './report-page';
import { ReportTable, type ReportColumn } from './report-table';
import { SeatFillingChart } from './seat-filling-chart';
import { useReportCommunities } from './reports-gate';

const RepresentationQuery = graphql(`
  query RepresentationReport($filter: ReportFilter!) {
    reports {
      representation(filter: $filter) {
        from
        to
        endingWithinDays
        organs {
          organId
          communityName
          organName
          hospitalSeats
          hospitalFilled
          municipalSeats
          municipalFilled
          observerSeats
          observerFilled
          balanced
          termsEnding
        }
        regionalCouncils {
          regionalCouncilId
          communityName
          regionalCouncilName
          seats
          filled
          termsEnding
        }
        attendanceBySeat {
          seatId
          communityName
          organName
          seatLabel
          called
          attended
          deputised
          absent
          share
        }
        attendanceByPerson {
          personId
          communityName
          personName
          called
          attended
          deputised
          absent
          share
        }
        attendanceByPartner {
          partnerId
          communityId
          communityName
          partnerName
          called
          attended
          deputised
          absent
          share
        }
      }
    }
  }
`);

/** The representation report: per organ the seats by side on a day and parity, per regional council its seats. */
export function RepresentationPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const [searchParams] = useSearchParams();
  const filter = readReportFilter(searchParams);
  const { canRead, communities } = useReportCommunities();
  const organsCaption = useId();
  const councilsCaption = useId();
  const { data, previousData, error, loading, refetch } = useQuery(RepresentationQuery, {
    variables: { filter: toReportFilterInput(filter) },
    skip: !canRead,
  });
  const report = (data ?? previousData)?.reports.representation;
  const filled = (held: number, seats: number) => t('reports.representation.filledOf', { filled: held, seats });
  const attendanceColumns: ReportColumn<{ called: number; attended: number; deputised: number; absent: number; share?: number | null }>[] =
    [
      { key: 'attendance', header: t('reports.columns.attendance'), cell: (row) => t('reports.representation.attendance', row) },
      {
        key: 'share',
        header: t('reports.columns.attendanceShare'),
        numeric: true,
        cell: (row) => (row.share === null || row.share === undefined ? t('reports.noValue') : formatters.percent(row.share)),
      },
    ];
  return (
    <ReportPage
      title={t('reports.list.representation')}
      description={t('reports.list.representationDescription')}
      path="/reports/representation"
      communities={communities}
      query={{ loading, error, refetch, hasReport: report !== undefined }}
    >
      {report && (
        <>
          <Paragraph>{t('reports.representation.asOf', { to: formatters.date(report.to), days: report.endingWithinDays })}</Paragraph>
          <ReportDownloads
            report="representation"
            filter={filter}
            csvTables={[
              { table: 'organs', label: t('reports.downloads.csvOrgans') },
              { table: 'regionalCouncils', label: t('reports.downloads.csvCouncils') },
              { table: 'attendanceBySeat', label: t('reports.downloads.csvSeatAttendance') },
            ]}
          />
          {report.organs.length > 0 && (
            <SeatFillingChart
              bars={report.organs.map((row) => ({
                key: row.organId,
                label: `${row.organName} (${row.communityName})`,
                filled: row.hospitalFilled + row.municipalFilled + row.observerFilled,
                seats: row.hospitalSeats + row.municipalSeats + row.observerSeats,
              }))}
            />
          )}
          <section className="page-section" aria-labelledby={`${organsCaption}-heading`}>
            <Heading level={2} data-size="sm" id={`${organsCaption}-heading`}>
              {t('reports.representation.organsHeading')}
            </Heading>
            <ScrollableTable captionId={organsCaption}>
              <Table data-size="sm" className="report-table">
                <caption id={organsCaption}>{t('reports.representation.organsCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('reports.columns.organ')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('reports.columns.community')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.hospital')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.municipal')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.observers')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('reports.columns.parity')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.termsEnding')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {report.organs.map((row) => (
                    <Table.Row key={row.organId}>
                      <Table.HeaderCell scope="row">{row.organName}</Table.HeaderCell>
                      <Table.Cell>{row.communityName}</Table.Cell>
                      <Table.Cell className="numeric">{filled(row.hospitalFilled, row.hospitalSeats)}</Table.Cell>
                      <Table.Cell className="numeric">{filled(row.municipalFilled, row.municipalSeats)}</Table.Cell>
                      <Table.Cell className="numeric">{filled(row.observerFilled, row.observerSeats)}</Table.Cell>
                      <Table.Cell>
                        {row.balanced ? t('reports.representation.balanced') : t('reports.representation.unbalanced')}
                      </Table.Cell>
                      <Table.Cell className="numeric">{row.termsEnding}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollableTable>
          </section>
          <section className="page-section" aria-labelledby={`${councilsCaption}-heading`}>
            <Heading level={2} data-size="sm" id={`${councilsCaption}-heading`}>
              {t('reports.representation.councilsHeading')}
            </Heading>
            <ScrollableTable captionId={councilsCaption}>
              <Table data-size="sm" className="report-table">
                <caption id={councilsCaption}>{t('reports.representation.councilsCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('reports.columns.regionalCouncil')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('reports.columns.community')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.seatsFilled')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">{t('reports.columns.termsEnding')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {report.regionalCouncils.map((row) => (
                    <Table.Row key={row.regionalCouncilId}>
                      <Table.HeaderCell scope="row">{row.regionalCouncilName}</Table.HeaderCell>
                      <Table.Cell>{row.communityName}</Table.Cell>
                      <Table.Cell className="numeric">{filled(row.filled, row.seats)}</Table.Cell>
                      <Table.Cell className="numeric">{row.termsEnding}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollableTable>
          </section>
          <Paragraph>
            {t('reports.representation.attendanceIntro', { from: formatters.date(report.from), to: formatters.date(report.to) })}
          </Paragraph>
          <ReportTable
            heading={t('reports.representation.seatAttendanceHeading')}
            caption={t('reports.representation.seatAttendanceCaption')}
            empty={t('reports.representation.noAttendance')}
            rows={report.attendanceBySeat}
            rowKey={(row) => row.seatId}
            columns={[
              { key: 'seat', header: t('reports.columns.seat'), cell: (row) => `${row.seatLabel}, ${row.organName}` },
              { key: 'community', header: t('reports.columns.community'), cell: (row) => row.communityName },
              ...attendanceColumns,
            ]}
          />
          <ReportTable
            heading={t('reports.representation.personAttendanceHeading')}
            caption={t('reports.representation.personAttendanceCaption')}
            empty={t('reports.representation.noAttendance')}
            rows={report.attendanceByPerson}
            rowKey={(row) => row.personId}
            columns={[
              { key: 'person', header: t('reports.columns.person'), cell: (row) => row.personName },
              { key: 'community', header: t('reports.columns.community'), cell: (row) => row.communityName },
              ...attendanceColumns,
            ]}
          />
          <ReportTable
            heading={t('reports.representation.partnerAttendanceHeading')}
            caption={t('reports.representation.partnerAttendanceCaption')}
            empty={t('reports.representation.noAttendance')}
            rows={report.attendanceByPartner}
            rowKey={(row) => `${row.communityId}-${row.partnerId ?? 'none'}`}
            columns={[
              {
                key: 'partner',
                header: t('reports.columns.partner'),
                cell: (row) => row.partnerName ?? t('reports.representation.noPartner'),
              },
              { key: 'community', header: t('reports.columns.community'), cell: (row) => row.communityName },
              ...attendanceColumns,
            ]}
          />
        </>
      )}
    </ReportPage>
  );
}
