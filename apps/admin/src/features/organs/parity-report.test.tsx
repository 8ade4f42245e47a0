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

  it('warns with the counts and lists the problems when not balanced', () => {
    const problems = ['7 hospital and 6 municipal voting members hold their seats.'];
    renderWithI18n(<ParityReport parity={{ ...seven, municipalVotingMembers: 6, balanced: false, problems }} date="1. desember 2026" />);
    expect(screen.getByRole('heading', { name: 'Ikke partsbalanse per 1. desember 2026' })).toBeTruthy();
    expect(screen.getByText(/kommunene 6 medlemmer på 7 seter med stemmerett/)).toBeTruthy();
    const problem = screen.getByRole('listitem');
    expect(problem.textContent).toBe(problems[0]);
    expect(problem.closest('ul')?.getAttribute('lang')).toBe('en');
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
