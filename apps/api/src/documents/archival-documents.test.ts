import type { StatusReport } from '@helsefellesskap/status-schema';
import { describe, expect, it } from 'vitest';
import { inspectArchivalPdf, type ArchivalPdfReport } from '../../test/pdf-archival.js';
import { pdfTextLines, pdfTextRuns } from '../../test/pdf-text.js';
import { renderStatusReportPdf } from '../modules/action-plan/status-report.pdf.js';
import { renderNoticePdf, type NoticeDocument } from '../modules/meeting-notice/notice.pdf.js';
import { renderDecisionRecordPdf, type DecisionRecordPdfView } from './decision-record.pdf.js';
import { renderMinutesPdf, type MinutesPdfView } from './minutes.pdf.js';

const meeting = {
  startsAt: new Date('2026-03-03T09:00:00Z'),
  endsAt: new Date('2026-03-03T14:00:00Z'),
  place: 'Mosjøen, Kulturverkstedet',
};

const notice: NoticeDocument = {
  communityName: 'Helsefellesskap Helgeland',
  organName: 'Strategisk samarbeidsutvalg',
  kind: 'ORDINARY',
  ...meeting,
  videoUrl: null,
  isOpen: true,
  issuedOn: '2026-02-20',
  recipients: [{ name: 'Åse Øvergård', roleLabels: ['Medlem'], seatLabels: ['Rødøy kommune'] }],
  agenda: [
    {
      position: 1,
      reference: 'SSU sak 1/2026',
      title: 'Felles utskrivningsrutine',
      kind: 'DECISION',
      exemptionBasis: null,
      sections: [{ heading: 'Innstilling', text: '1. SSU vedtar felles utskrivningsrutine.\n2. Rutinen evalueres etter ett år.' }],
      attachments: [{ filename: 'rutine-utskrivning.pdf' }],
    },
    {
      position: 2,
      reference: 'SSU sak 2/2026',
      title: null,
      kind: 'DECISION',
      exemptionBasis: 'Offl. § 14',
      sections: [],
      attachments: [],
    },
  ],
};

const statusReport: StatusReport = {
  schemaVersion: 2,
  communityName: 'Helsefellesskap Helgeland',
  planTitle: 'Handlingsplan for Helsefellesskap Helgeland',
  planPeriod: { from: 2024, to: 2026 },
  year: 2025,
  cutOffDate: '2025-12-31',
  generatedAt: '2026-01-05T10:00:00Z',
  previousReportYear: 2024,
  sections: [
    {
      focusAreaId: 'fa-1',
      focusAreaNumber: 1,
      title: 'Akuttmedisin',
      responsibleOrgan: 'FSU akuttmedisin',
      hasProfessionalCommittee: true,
      status: 'DELAYED',
      commentary: 'Ambulansetjenesten på Sør-Helgeland er styrket.',
      commentaryCarriedOver: false,
      gaps: [],
      targets: [],
      measures: [
        {
          id: 'm-1',
          title: 'Felles øvelser',
          owner: 'Helgelandssykehuset',
          startsOn: '2025-01-01',
          endsOn: '2025-12-31',
          patientGroups: [],
          progress: 40,
          status: 'DELAYED',
          statusReason: null,
          lastUpdateOn: '2025-11-01',
          comment: '',
        },
      ],
      changes: [{ kind: 'STATUS_CHANGED', subject: 'Felles øvelser', from: 'ON_TRACK', to: 'DELAYED' }],
    },
  ],
};

const minutes: MinutesPdfView = {
  communityName: 'Helsefellesskap Helgeland',
  organName: 'Strategisk samarbeidsutvalg',
  ...meeting,
  text: [
    'Protokoll fra møte i Strategisk samarbeidsutvalg',
    '',
    'Til stede:',
    '- Kari Nordmann (Kommunal 1, leder)',
    '- Per Vara, møtte for Åse Øvergård',
    '',
    'SSU sak 1/2026 Felles utskrivningsrutine',
    'Drøftet etter merknad fra Rødøy: rutinen gjelder også helger.',
  ].join('\n'),
  attendance: {
    present: [
      { name: 'Kari Nordmann', role: 'Leder', standingInFor: null },
      { name: 'Per Vara', role: 'Vara', standingInFor: 'Åse Øvergård' },
      { name: 'Ola Ås', role: 'Medlem', standingInFor: null },
    ],
    absent: [{ name: 'Åse Øvergård', role: 'Medlem' }],
    observers: [{ name: 'Brukerrepresentant Berit', role: 'Observatør' }],
  },
  items: [
    {
      reference: 'SSU sak 1/2026',
      title: 'Felles utskrivningsrutine',
      exemptionBasis: null,
      decision: { kind: 'CONSENSUS', text: 'Rutinen vedtas.', votes: [], postponedToDate: null },
    },
    {
      reference: 'SSU sak 3/2026',
      title: 'Fordeling av midler',
      exemptionBasis: null,
      decision: {
        kind: 'VOTE',
        text: 'Midlene fordeles etter innbyggertall.',
        votes: [
          { name: 'Kari Nordmann', vote: 'YES', standingInFor: null },
          { name: 'Per Vara', vote: 'NO', standingInFor: 'Åse Øvergård' },
          { name: 'Ola Ås', vote: 'ABSTAIN', standingInFor: null },
        ],
        postponedToDate: null,
      },
    },
    {
      reference: 'SSU sak 4/2026',
      title: 'Møteplan',
      exemptionBasis: null,
      decision: {
        kind: 'VOTE',
        text: 'Møteplanen vedtas.',
        votes: [
          { name: 'Eva Enig', vote: 'YES', standingInFor: null },
          { name: 'Siv Samstemt', vote: 'YES', standingInFor: null },
        ],
        postponedToDate: null,
      },
    },
    {
      reference: 'SSU sak 5/2026',
      title: 'Samhandlingsavvik',
      exemptionBasis: null,
      decision: { kind: 'POSTPONED', text: 'Saken utsettes til neste møte.', votes: [], postponedToDate: '2026-04-14' },
    },
    {
      reference: 'SSU sak 2/2026',
      title: null,
      exemptionBasis: 'Offl. § 14',
      decision: { kind: 'NOTED', text: null, votes: [], postponedToDate: null },
    },
  ],
  approval: { sentOn: '2026-03-04', approvedOn: '2026-03-08', hadObjections: false },
  corrections: [
    { correctedOn: '2026-03-10', reference: 'SSU sak 1/2026', text: 'Rutinen gjelder fra 1. april.', reason: 'Skrivefeil i datoen.' },
  ],
};

const decisionRecord: DecisionRecordPdfView = {
  communityName: 'Helsefellesskap Helgeland',
  organName: 'Strategisk samarbeidsutvalg',
  ...meeting,
  reference: 'SSU sak 3/2026',
  title: 'Fordeling av midler',
  exemptionBasis: null,
  recommendation: 'Midlene fordeles likt.',
  decision: minutes.items[1]!.decision!,
  correctionReason: null,
  certifiedOn: '2026-03-09',
  certifiedBy: 'Sekretariatet',
};

const STANDARD_FONTS = /^(Times|Helvetica|Courier|Symbol|ZapfDingbats)/;

function expectArchival(report: ArchivalPdfReport, title: string): void {
  expect(report.fonts.length).toBeGreaterThan(0);
  expect(report.fonts.filter((font) => !font.embedded)).toEqual([]);
  // Each face is embedded once, however many pages use it.
  const faces = report.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
  expect(new Set(faces).size).toBe(faces.length);
  expect(report.fonts.filter((font) => STANDARD_FONTS.test(font.name.replace(/^[A-Z]{6}\+/, '')))).toEqual([]);
  expect(report.hasStructureTree).toBe(true);
  expect(report.marked).toBe(true);
  expect(report.structureTypes[0]).toBe('Document');
  expect(report.structureTypes).toEqual(expect.arrayContaining(['H1', 'H2', 'P']));
  expect(report.language).toBe('nb-NO');
  expect(report.pdfa).toEqual({ part: '2', conformance: 'A' });
  expect(report.hasOutputIntent).toBe(true);
  expect(report.title).toBe(title);
  expect(report.xmpTitle).toBe(title);
}

describe('archival PDFs', () => {
  it('renders the notice as PDF/A with embedded fonts and tags, and its text reads back', async () => {
    const pdf = await renderNoticePdf(notice);
    expectArchival(await inspectArchivalPdf(pdf), 'Innkalling – Strategisk samarbeidsutvalg, 20. februar 2026');
    const text = (await pdfTextLines(pdf)).join('\n');
    for (const shown of [
      'Innkalling til møte',
      'Åse Øvergård – Medlem (Rødøy kommune)',
      '2. Rutinen evalueres etter ett år.',
      'rutine-utskrivning.pdf',
      'Offl. § 14',
    ]) {
      expect(text).toContain(shown);
    }
  });

  it('renders the status report as PDF/A and prints a change of status with an arrow', async () => {
    const pdf = await renderStatusReportPdf(statusReport, null);
    expectArchival(await inspectArchivalPdf(pdf), 'Statusrapport 2025 – Handlingsplan for Helsefellesskap Helgeland');
    const lines = await pdfTextLines(pdf);
    expect(lines.find((line) => line.startsWith('Endret status: Felles øvelser'))).toMatch(/: .+ → .+$/);
    expect(lines.join('\n')).toContain('Ambulansetjenesten på Sør-Helgeland er styrket.');
  });

  it('renders the minutes with who stood in for whom, individual votes only when not unanimous, and the approval line', async () => {
    const pdf = await renderMinutesPdf(minutes);
    const report = await inspectArchivalPdf(pdf);
    expectArchival(report, 'Protokoll – Strategisk samarbeidsutvalg, 03.03.2026');
    expect(report.structureTypes).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD', 'H3']));
    const lines = await pdfTextLines(pdf);
    const text = lines.join('\n');
    expect(text).toContain('Per Vara – Vara, møtte for Åse Øvergård');
    expect(text).toContain('Godkjent uten merknader 08.03.2026');
    // The minutes text as written comes first, its "- " lines a list.
    expect(lines).toContain('Protokolltekst');
    expect(lines).toContain('Kari Nordmann (Kommunal 1, leder)');
    expect(lines.indexOf('Drøftet etter merknad fra Rødøy: rutinen gjelder også helger.')).toBeLessThan(lines.indexOf('Til stede'));
    expect(report.structureTypes).toEqual(expect.arrayContaining(['L', 'LI']));
    expect(text).toContain('For 1, mot 1, avstår 1.');
    // The split vote lists each member's vote; the unanimous one gives the count only.
    expect(lines).toEqual(expect.arrayContaining(['Per Vara (vara for Åse Øvergård)', 'Mot', 'Ola Ås', 'Avstår']));
    expect(text).toContain('Enstemmig. For 2, mot 0, avstår 0.');
    expect(text).not.toContain('Siv Samstemt');
    expect(text).toContain('SSU sak 2/2026: Unntatt offentlighet');
    expect(text).toContain('Vedtaket er unntatt offentlighet.');
    expect(text).toContain('Utsatt til møtet 14.04.2026');
    expect(text).toContain('10.03.2026, SSU sak 1/2026: Rutinen gjelder fra 1. april.');
    expect(text).toContain('Begrunnelse: Skrivefeil i datoen.');
  });

  it('says where the minutes are while not yet approved', async () => {
    const text = (
      await pdfTextLines(await renderMinutesPdf({ ...minutes, approval: { sentOn: '2026-03-04', approvedOn: null, hadObjections: false } }))
    ).join('\n');
    expect(text).toContain('Sendt til deltakerne 04.03.2026, ikke godkjent ennå');
    expect(text).not.toContain('Godkjent');
  });

  it('renders the decision record (særutskrift) with recommendation, decision, votes and "Rett utskrift"', async () => {
    const pdf = await renderDecisionRecordPdf(decisionRecord);
    expectArchival(await inspectArchivalPdf(pdf), 'Særutskrift – SSU sak 3/2026');
    const text = (await pdfTextLines(pdf)).join('\n');
    for (const shown of [
      'Særutskrift',
      'SSU sak 3/2026: Fordeling av midler',
      'Midlene fordeles likt.',
      'Midlene fordeles etter innbyggertall.',
      'Kari Nordmann',
      'Rett utskrift, 09.03.2026',
      'Sekretariatet',
    ]) {
      expect(text).toContain(shown);
    }
  });

  it('keeps the tags and the text when the attendance and a vote run over several pages', async () => {
    const members = Array.from({ length: 45 }, (_, index) => `Medlem nr. ${index + 1} Ærlig`);
    const pdf = await renderMinutesPdf({
      ...minutes,
      text: 'Protokoll fra møte i Strategisk samarbeidsutvalg',
      attendance: { present: members.map((name) => ({ name, role: 'Medlem', standingInFor: null })), absent: [], observers: [] },
      corrections: [],
      items: [
        {
          reference: 'SSU sak 9/2026',
          title: 'Stor avstemning',
          exemptionBasis: null,
          decision: {
            kind: 'VOTE',
            text: 'Forslaget vedtas.',
            votes: members.map((name, index) => ({ name, vote: index % 3 === 0 ? 'NO' : 'YES', standingInFor: null })),
            postponedToDate: null,
          },
        },
      ],
    });
    const report = await inspectArchivalPdf(pdf);
    expect(report.pages).toBeGreaterThan(2);
    expectArchival(report, 'Protokoll – Strategisk samarbeidsutvalg, 03.03.2026');
    expect(report.structureTypes.filter((type) => type === 'LI')).toHaveLength(45);
    expect(report.structureTypes.filter((type) => type === 'TR')).toHaveLength(46);
    const lines = await pdfTextLines(pdf);
    expect(lines).toContain('Medlem nr. 45 Ærlig – Medlem');
    expect(lines.filter((line) => line === 'Medlem nr. 45 Ærlig')).toHaveLength(1);
  });

  it('keeps the face of a paragraph when it runs over a page break', async () => {
    const commentary = Array.from({ length: 250 }, (_, index) => `Setning ${index + 1} i kommentaren.`).join(' ');
    const pdf = await renderStatusReportPdf({ ...statusReport, sections: [{ ...statusReport.sections[0]!, commentary }] }, null);
    expect((await inspectArchivalPdf(pdf)).pages).toBeGreaterThan(1);
    const runs = (await pdfTextRuns(pdf)).filter((run) => run.text.includes('i kommentaren.'));
    expect(runs.at(-1)?.text).toContain('Setning 250 i kommentaren.');
    expect(new Set(runs.map((run) => run.font))).toEqual(new Set(['DejaVuSans-Oblique']));
  });

  it('embeds only the glyphs a document uses, so a document stays far below the size of the font files', async () => {
    // DejaVu Sans alone is about 740 kB; a subset with the glyphs of a short notice is a few kB.
    expect((await renderNoticePdf(notice)).length).toBeLessThan(120_000);
  });
});
