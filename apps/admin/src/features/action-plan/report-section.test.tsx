import type { Section } from '@helsefellesskap/status-schema';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithI18n } from '../../test/render';
import { ReportSection } from './report-section';
import { StatusChart } from './status-chart';
import { countStatusesPerFocusArea } from './status-counts';

const section: Section = {
  focusAreaId: '7d0c1f1e-0000-4000-8000-000000000003',
  focusAreaNumber: 3,
  title: 'Demografi, rekruttering og teknologi',
  responsibleOrgan: null,
  hasProfessionalCommittee: false,
  status: 'AT_RISK',
  commentary: 'Digital hjemmeoppfølging breddes som planlagt.',
  commentaryCarriedOver: false,
  gaps: [
    { kind: 'NO_PROFESSIONAL_COMMITTEE' },
    { kind: 'STALE_MEASURE', measureTitle: 'Bredding av digital hjemmeoppfølging', lastUpdateOn: '2024-06-30', days: 184 },
  ],
  targets: [],
  measures: [
    {
      id: '7d0c1f1e-0000-4000-8000-000000000031',
      title: 'Bredding av digital hjemmeoppfølging',
      owner: 'Nordlandssykehuset HF',
      startsOn: '2022-06-01',
      endsOn: '2024-12-31',
      patientGroups: ['FRAIL_ELDERLY'],
      progress: 70,
      status: 'DELAYED',
      statusReason: 'PAST_END_DATE',
      lastUpdateOn: '2024-06-30',
      comment: 'Tolv kommuner i gang.',
    },
  ],
  changes: [{ kind: 'PROGRESS_CHANGED', subject: 'Bredding av digital hjemmeoppfølging', from: '50', to: '70' }],
};

const text = (element: HTMLElement) => (element.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('ReportSection', () => {
  it('renders a section from the parsed report: status, gaps in words, commentary, measures and changes', () => {
    renderWithI18n(<ReportSection section={section} year={2024} previousReportYear={2023} />);
    const region = screen.getByRole('region', { name: '3. Demografi, rekruttering og teknologi' });
    expect(text(region)).toContain('Det er ikke etablert et faglig samarbeidsutvalg (FSU) for innsatsområdet.');
    expect(text(region)).toContain(
      'Tiltaket «Bredding av digital hjemmeoppfølging» er ikke oppdatert på 184 dager (sist oppdatert 30. juni 2024).',
    );
    expect(text(region)).toContain('Digital hjemmeoppfølging breddes som planlagt.');
    const measures = screen.getByRole('table', { name: 'Tiltak i innsatsområde 3' });
    const row = within(measures).getByRole('row', { name: /Bredding/ });
    expect(text(row)).toContain('Forsinket');
    expect(text(row)).toContain('Sluttdatoen er passert uten at tiltaket er fullført.');
    expect(text(row)).toContain('70 %');
    expect(screen.getByRole('heading', { name: 'Endringer siden 2023' })).toBeTruthy();
    expect(text(region)).toContain('Bredding av digital hjemmeoppfølging: fremdrift endret fra 50 % til 70 %');
  });

  it('marks commentary carried over from last year in words, and not commentary written this year', () => {
    const { container } = renderWithI18n(
      <ReportSection section={{ ...section, commentaryCarriedOver: true }} year={2024} previousReportYear={2023} />,
    );
    const region = within(container).getByRole('region', { name: '3. Demografi, rekruttering og teknologi' });
    expect(text(region)).toContain('Overført Teksten er hentet fra statusrapporten for 2023 og er ikke redigert i år.');
    expect(text(region)).toContain('Digital hjemmeoppfølging breddes som planlagt.');
  });

  it('shows no carried-over mark on commentary written this year', () => {
    const { container } = renderWithI18n(<ReportSection section={section} year={2024} previousReportYear={2023} />);
    expect(text(within(container).getByRole('region', { name: /^3\. / }))).not.toContain('Overført');
  });

  it('says so when there is no earlier frozen report to compare with', () => {
    renderWithI18n(<ReportSection section={{ ...section, changes: [] }} year={2026} previousReportYear={null} />);
    expect(screen.getByText('Det finnes ingen fastsatt rapport for 2025 å sammenligne med.')).toBeTruthy();
  });
});

describe('StatusChart', () => {
  it('sums the chart up in its label and gives the same numbers in a table', () => {
    const rows = countStatusesPerFocusArea([
      { number: 1, title: 'Helhetlige pasientforløp', status: 'NOT_STARTED', measures: [], targets: [] },
      {
        number: 3,
        title: 'Demografi',
        status: 'DELAYED',
        measures: [{ status: 'DELAYED' }, { status: 'COMPLETED' }],
        targets: [{ status: 'DELAYED' }],
      },
    ]);
    renderWithI18n(<StatusChart rows={rows} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Status for tiltak og mål per innsatsområde. Innsatsområde 1, status Ikke startet: ingen tiltak eller mål. ' +
        'Innsatsområde 3, status Forsinket: Forsinket 2, Fullført 1',
    );
    const table = screen.getByRole('table', { name: 'Antall tiltak og mål per status' });
    const row = within(table).getByRole('row', { name: /3\. Demografi/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Forsinket', '0', '0', '2', '1', '0', '0', '3']);
  });
});
