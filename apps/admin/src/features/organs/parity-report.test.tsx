import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithI18n } from '../../test/render';
import { ParityReport } from './parity-report';

const seven = { hospitalVotingSeats: 7, municipalVotingSeats: 7, hospitalVotingMembers: 7 };

describe('ParityReport', () => {
  it('confirms 7 + 7 quietly when balanced', () => {
    renderWithI18n(
      <ParityReport parity={{ ...seven, municipalVotingMembers: 7, balanced: true, problems: [] }} date="25. november 2026" />,
    );
    expect(screen.getByText(/^Partsbalanse per 25\. november 2026: 7 \+ 7 stemmeberettigede medlemmer/)).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('warns with the counts and words each problem in Norwegian when not balanced', () => {
    const problems = [
      { kind: 'SEATS_UNEQUAL', hospital: 7, municipal: 6 },
      { kind: 'MEMBERS_UNEQUAL', hospital: 7, municipal: 5 },
      { kind: 'SEATS_VACANT', hospital: 0, municipal: 1 },
    ] as const;
    renderWithI18n(
      <ParityReport
        parity={{ ...seven, municipalVotingSeats: 6, municipalVotingMembers: 5, balanced: false, problems }}
        date="1. desember 2026"
      />,
    );
    expect(screen.getByRole('heading', { name: 'Ikke partsbalanse per 1. desember 2026' })).toBeTruthy();
    expect(screen.getByText(/kommunene 5 medlemmer på 6 seter med stemmerett/)).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Sykehuset har 7 og kommunene 6 seter med stemmerett.',
      'Sykehuset har 7 og kommunene 5 stemmeberettigede medlemmer på plass.',
      '1 sete med stemmerett står ledig (sykehuset 0, kommunene 1).',
    ]);
    expect(screen.getByRole('list').closest('[lang="en"]')).toBeNull();
  });

  it('says nothing for organs without voting seats', () => {
    const { container } = renderWithI18n(
      <ParityReport
        parity={{
          hospitalVotingSeats: 0,
          municipalVotingSeats: 0,
          hospitalVotingMembers: 0,
          municipalVotingMembers: 0,
          balanced: true,
          problems: [],
        }}
        date="1. desember 2026"
      />,
    );
    expect(container.textContent).toBe('');
  });
});
