import { describe, expect, it } from 'vitest';
import { draftMinutesText, type DraftMaterial } from './minutes.draft.js';

const material: DraftMaterial = {
  organName: 'Strategisk samarbeidsutvalg',
  meetingDate: '2026-11-09',
  startsAt: new Date('2026-11-09T09:00:00Z'),
  place: 'Bodø',
  attendance: [
    { name: 'Kari Kommune', seatLabel: 'Kommunal 1', role: 'CHAIR', standsInForName: null },
    { name: 'Viggo Vara', seatLabel: 'Sykehusets varaliste', role: 'DEPUTY', standsInForName: 'Siri Sykehus' },
  ],
  agenda: [
    {
      reference: 'SSU sak 26/2024',
      publicTitle: 'Forlengelse av handlingsplanen',
      exemptionBasis: null,
      decision: { kind: 'CONSENSUS', text: 'Handlingsplanen forlenges.', votes: [] },
    },
    {
      reference: 'SSU sak 27/2024',
      publicTitle: 'Budsjett',
      exemptionBasis: null,
      decision: {
        kind: 'VOTE',
        text: 'Budsjettet vedtas.',
        votes: [
          { name: 'Kari Kommune', vote: 'YES' },
          { name: 'Viggo Vara', vote: 'NO' },
        ],
      },
    },
    {
      reference: 'SSU sak 28/2024',
      publicTitle: null,
      exemptionBasis: 'Offl. § 25',
      decision: { kind: 'CONSENSUS', text: 'Hemmelig søker ansettes.', votes: [] },
    },
    {
      reference: 'SSU sak 29/2024',
      publicTitle: 'Samhandlingsavvik',
      exemptionBasis: null,
      decision: { kind: 'POSTPONED', text: 'Saken utsettes.', votes: [], postponedToDate: '2026-12-07' },
    },
  ],
};

describe('draftMinutesText', () => {
  const text = draftMinutesText(material);

  it('names the organ, date, time and place, and who stood in for whom', () => {
    expect(text).toContain('Protokoll fra møte i Strategisk samarbeidsutvalg');
    expect(text).toContain('Dato: 9. november 2026, kl. 10:00');
    expect(text).toContain('Sted: Bodø');
    expect(text).toContain('- Kari Kommune (Kommunal 1, leder)');
    expect(text).toContain('- Viggo Vara (Sykehusets varaliste), møtte for Siri Sykehus');
  });

  it('writes each decision and the individual votes of a split vote', () => {
    expect(text).toContain('SSU sak 26/2024 Forlengelse av handlingsplanen\nVedtak (konsensus): Handlingsplanen forlenges.');
    expect(text).toContain('Vedtak (votering): Budsjettet vedtas.\nStemmer:\n- Kari Kommune: for\n- Viggo Vara: mot');
  });

  it('names the meeting a postponed case moved to', () => {
    expect(text).toContain('SSU sak 29/2024 Samhandlingsavvik\nUtsatt til møtet 7. desember 2026: Saken utsettes.');
  });

  it('leaves an exempt case’s decision text out', () => {
    expect(text).toContain('SSU sak 28/2024 Unntatt offentlighet (unntatt offentlighet, Offl. § 25)');
    expect(text).not.toContain('Hemmelig søker');
  });
});
