import { addDays } from '@helsefellesskap/calendar';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, type CommunityFixture } from '../../../test/factories.js';
import { testClock } from '../../../test/clock.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Organ {
  community: CommunityFixture;
  organId: string;
}

async function buildOrgan(): Promise<Organ> {
  const community = await buildCommunity(app, { municipalities: 1, organs: 0 });
  const organ = await must<{ createOrgan: { id: string } }>(
    app,
    'mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }',
    { input: { communityId: community.id, name: 'Partnerskapsmøtet', kind: 'PARTNERSHIP_MEETING', rules: { decisionRule: 'CONSENSUS' } } },
    community.secretariat,
  );
  return { community, organId: organ.createOrgan.id };
}

async function insertMeeting(organ: Organ, date: string, isOpen = true): Promise<string> {
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO meeting (community_id, organ_id, starts_at, ends_at, place, is_open) VALUES ($1, $2, $3, $4, 'Mo i Rana', $5) RETURNING id`,
    [organ.community.id, organ.organId, `${date}T09:00:00Z`, `${date}T15:00:00Z`, isOpen],
  );
  return row?.id ?? '';
}

let number = 0;
async function onAgenda(
  organ: Organ,
  meetingId: string,
  title: string,
  position: number,
  options: { exempt?: boolean; draft?: boolean; publicTitle?: string } = {},
) {
  number += 1;
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on, access, exemption_basis, public_title)
     VALUES ($1, $2, 2021, $3::int, 'Partnerskapsmøte sak ' || lpad($3::int::text, 2, '0') || '-2021', $4, 'DECISION', $5, $6, $7, $8, $9) RETURNING id`,
    [
      organ.community.id,
      organ.organId,
      number,
      title,
      options.draft ? 'DRAFT' : 'ON_AGENDA',
      options.draft ? null : '2021-09-01',
      options.exempt ? 'EXEMPT' : 'PUBLIC',
      options.exempt ? 'Offl. § 25' : null,
      options.exempt ? (options.publicTitle ?? null) : null,
    ],
  );
  await app.sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, $3)`, [meetingId, row?.id, position]);
}

const calendar = `query($id: ID!, $year: Int) { publicCalendar(communityId: $id, year: $year) {
  year organs { name icalPath meetings { id place cancelled agenda { position reference title exempt exemptionBasis } } } } }`;

interface Calendar {
  publicCalendar: {
    year: number;
    organs: {
      name: string;
      icalPath: string;
      meetings: {
        id: string;
        place: string;
        cancelled: boolean;
        agenda: { position: number; reference: string; title: string | null; exempt: boolean; exemptionBasis: string | null }[];
      }[];
    }[];
  };
}

describe('the public calendar', () => {
  it('shows the public each organ’s open meetings and public cases, an exempt case without its title, no draft and no closed meeting', async () => {
    const organ = await buildOrgan();
    const date = addDays(testClock.today(), 40);
    const year = Number(date.slice(0, 4));
    const open = await insertMeeting(organ, date);
    await insertMeeting(organ, addDays(date, 1), false);
    await onAgenda(organ, open, 'Etablering av Helsefellesskap Helgeland', 1);
    await onAgenda(organ, open, 'Ansettelse av koordinator – søkerliste', 2, { exempt: true });
    await onAgenda(organ, open, 'Utkast som ikke er sendt inn', 3, { draft: true });
    const data = await must<Calendar>(app, calendar, { id: organ.community.id, year });
    expect(data.publicCalendar.organs).toEqual([
      {
        name: 'Partnerskapsmøtet',
        icalPath: `/ical/organs/${organ.organId}.ics`,
        meetings: [
          {
            id: open,
            place: 'Mo i Rana',
            cancelled: false,
            agenda: [
              {
                position: 1,
                reference: expect.stringMatching(/^Partnerskapsmøte sak \d{2,}-2021$/) as unknown,
                title: 'Etablering av Helsefellesskap Helgeland',
                exempt: false,
                exemptionBasis: null,
              },
              {
                position: 2,
                reference: expect.stringMatching(/^Partnerskapsmøte sak/) as unknown,
                title: null,
                exempt: true,
                exemptionBasis: 'Offl. § 25',
              },
            ],
          },
        ],
      },
    ]);
    expect(JSON.stringify(data)).not.toContain('søkerliste');
    expect(JSON.stringify(data)).not.toContain('Utkast');
  });

  it('serves each organ’s iCalendar feed: a stable UID per meeting, updated when the meeting moves or is cancelled', async () => {
    const organ = await buildOrgan();
    const date = addDays(testClock.today(), 20);
    const meetingId = await insertMeeting(organ, date);
    await onAgenda(organ, meetingId, 'Handlingsplan 2022–2024', 1);
    await onAgenda(organ, meetingId, 'Hemmelig sak', 2, { exempt: true, publicTitle: 'Personalsak' });
    await insertMeeting(organ, addDays(date, 2), false);
    const read = async () => {
      const response = await fetch(`${app.url}/ical/organs/${organ.organId}.ics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
      const body = await response.text();
      expect(body).not.toContain('Hemmelig');
      return Object.values(ical.sync.parseICS(body)).filter((component): component is VEvent => component?.type === 'VEVENT');
    };
    const [first, ...others] = await read();
    expect(others).toEqual([]);
    expect(first?.uid).toMatch(new RegExp(`^${meetingId}@`));
    expect(first?.start.toISOString()).toBe(new Date(`${date}T09:00:00Z`).toISOString());
    expect(first?.location).toBe('Mo i Rana');
    expect(first?.description).toContain('Handlingsplan 2022–2024');
    expect(first?.description).toContain('Personalsak');
    expect(first?.status).toBe('CONFIRMED');

    const moved = addDays(date, 7);
    await app.sql(`UPDATE meeting SET starts_at = $2, ends_at = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
      meetingId,
      `${moved}T10:00:00Z`,
      `${moved}T12:00:00Z`,
    ]);
    const [after] = await read();
    expect(after?.uid).toBe(first?.uid);
    expect(after?.start.toISOString()).toBe(new Date(`${moved}T10:00:00Z`).toISOString());
    expect(after?.sequence).toBeGreaterThan(first?.sequence ?? 0);

    await app.sql(
      `UPDATE meeting SET state = 'CANCELLED', cancellation_reason = 'Flyttet til neste år', version = version + 1, updated_at = now() WHERE id = $1`,
      [meetingId],
    );
    const [cancelled] = await read();
    expect(cancelled?.uid).toBe(first?.uid);
    expect(cancelled?.status).toBe('CANCELLED');
  });

  it('answers 404 for an unknown organ or a malformed address', async () => {
    expect((await fetch(`${app.url}/ical/organs/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
    expect((await fetch(`${app.url}/ical/organs/not-an-id.ics`)).status).toBe(400);
    expect((await fetch(`${app.url}/ical/organs/readme.txt`)).status).toBe(404);
  });
});
