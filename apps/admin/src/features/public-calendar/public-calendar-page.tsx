import { useQuery } from '@apollo/client/react';
import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { localeFor } from '@helsefellesskap/calendar';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { PublicCalendarQuery } from '../../gql/graphql';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useFormatters } from '../../shared/use-formatters';
import { useToday } from '../../shared/use-today';
import { useYearParam } from '../../shared/use-year-param';
import { YearSelect } from '../../shared/year-select';
import { formatMeetingTime } from './meeting-time';

const PublicCalendarQueryDocument = graphql(`
  query PublicCalendar($communityId: ID!, $year: Int) {
    publicCalendar(communityId: $communityId, year: $year) {
      communityId
      communityName
      year
      organs {
        organId
        name
        icalPath
        meetings {
          id
          startsAt
          endsAt
          place
          videoUrl
          extraordinary
          cancelled
          noticeSent
          agenda {
            position
            reference
            title
            exempt
            exemptionBasis
            decision {
              kind
              text
            }
          }
          minutes {
            body
            approvedOn
            approvedBySilence
            publishedAt
            corrections {
              text
              reason
              recordedAt
            }
            pdfUrl
          }
        }
      }
    }
  }
`);

type CalendarOrgan = PublicCalendarQuery['publicCalendar']['organs'][number];
type CalendarMeeting = CalendarOrgan['meetings'][number];

/** The path of a community's public calendar. */
export function publicCalendarPath(communityId: string): string {
  return `/communities/${encodeURIComponent(communityId)}/calendar`;
}

/** A community's public meeting calendar: each organ's open meetings with their public agendas, and its iCalendar feed. No sign-in. */
export function PublicCalendarPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const today = useToday();
  const thisYear = today ? Number(today.slice(0, 4)) : undefined;
  const years = thisYear ? [thisYear - 2, thisYear - 1, thisYear, thisYear + 1] : [];
  const [year, setYear] = useYearParam('year', years);
  const { data, error, loading, refetch } = useQuery(PublicCalendarQueryDocument, {
    variables: { communityId, year: year ?? null },
    skip: year === undefined,
  });
  const calendar = data?.publicCalendar;
  const title = calendar ? t('publicCalendar.title', { name: calendar.communityName }) : undefined;
  useDocumentTitle(title);
  if (!calendar || !title || year === undefined) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {loading || year === undefined ? t('common.loading') : t('publicCalendar.unavailable')}
        </Heading>
        {(loading || year === undefined) && !error && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: calendar.communityName, to: `/communities/${encodeURIComponent(calendar.communityId)}` },
          { label: title, to: publicCalendarPath(calendar.communityId) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{t('publicCalendar.intro')}</Paragraph>
      <YearSelect label={t('publicCalendar.year')} years={years} value={year} onChange={setYear} />
      {calendar.organs.map((organ) => (
        <OrganCalendar key={organ.organId} organ={organ} year={calendar.year} />
      ))}
    </>
  );
}

function OrganCalendar({ organ, year }: { organ: CalendarOrgan; year: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="public-calendar-organ">
      <Heading level={2} data-size="md" id={headingId}>
        {organ.name}
      </Heading>
      <Paragraph data-size="sm">
        <a href={organ.icalPath}>{t('publicCalendar.subscribe', { name: organ.name })}</a>
        <br />
        {t('publicCalendar.subscribeHelp')}
      </Paragraph>
      {organ.meetings.length === 0 ? (
        <Paragraph>{t('publicCalendar.noMeetings', { year })}</Paragraph>
      ) : (
        <ul className="public-calendar-meetings">
          {organ.meetings.map((meeting) => (
            <li key={meeting.id}>
              <MeetingCard meeting={meeting} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingCard({ meeting }: { meeting: CalendarMeeting }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <Card aria-labelledby={headingId} data-color="neutral">
      <Heading level={3} data-size="xs" id={headingId}>
        {meeting.cancelled ? (
          <del>{formatMeetingTime(meeting.startsAt, meeting.endsAt, localeFor(i18n.language))}</del>
        ) : (
          formatMeetingTime(meeting.startsAt, meeting.endsAt, localeFor(i18n.language))
        )}
      </Heading>
      <div className="tag-row">
        {meeting.cancelled && <Tag data-color="danger">{t('publicCalendar.cancelled')}</Tag>}
        {meeting.extraordinary && <Tag data-color="warning">{t('publicCalendar.extraordinary')}</Tag>}
        {meeting.noticeSent && <Tag data-color="success">{t('publicCalendar.noticeSent')}</Tag>}
      </div>
      <dl className="meeting-facts">
        {meeting.place && (
          <>
            <dt>{t('publicCalendar.place')}</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        {meeting.videoUrl && (
          <>
            <dt>{t('publicCalendar.video')}</dt>
            <dd>{meeting.videoUrl}</dd>
          </>
        )}
      </dl>
      <Heading level={4} data-size="2xs">
        {t('publicCalendar.agenda')}
      </Heading>
      {meeting.agenda.length === 0 ? (
        <Paragraph data-size="sm">{t('publicCalendar.noAgenda')}</Paragraph>
      ) : (
        <ol className="public-agenda">
          {meeting.agenda.map((item) => (
            <li key={item.position}>
              <strong>{item.reference}</strong> {item.title ?? ''}
              {item.exempt && <> {t('publicCalendar.exempt', { basis: item.exemptionBasis ?? '' })}</>}
              {item.decision && (
                <Paragraph data-size="sm">
                  <strong>{t(`publicCalendar.decisionKind.${item.decision.kind}`, { defaultValue: item.decision.kind })}:</strong>{' '}
                  {item.decision.text ?? t('publicCalendar.decisionExempt')}
                </Paragraph>
              )}
            </li>
          ))}
        </ol>
      )}
      {meeting.minutes && <PublishedMinutes minutes={meeting.minutes} meetingHeadingId={headingId} />}
    </Card>
  );
}

/** An open meeting's published minutes as approved, with any corrections after them, and the minutes as PDF. */
function PublishedMinutes({ minutes, meetingHeadingId }: { minutes: NonNullable<CalendarMeeting['minutes']>; meetingHeadingId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      <details className="public-minutes">
        <summary>
          {minutes.approvedBySilence
            ? t('publicCalendar.minutesApprovedBySilence', { date: format.date(minutes.approvedOn) })
            : t('publicCalendar.minutesApproved', { date: format.date(minutes.approvedOn) })}
        </summary>
        <pre className="minutes-body">{minutes.body}</pre>
        {minutes.corrections.map((correction) => (
          <div key={correction.recordedAt}>
            <Paragraph data-size="sm">
              {t('publicCalendar.minutesCorrection', { date: format.date(correction.recordedAt.slice(0, 10)), reason: correction.reason })}
            </Paragraph>
            <pre className="minutes-body">{correction.text}</pre>
          </div>
        ))}
      </details>
      <Paragraph data-size="sm">
        {/* Described by the meeting's time: every meeting with published minutes has a link of this name. */}
        <Link href={minutes.pdfUrl} type="application/pdf" aria-describedby={meetingHeadingId}>
          {t('publicCalendar.minutesPdf')}
        </Link>
      </Paragraph>
    </>
  );
}
