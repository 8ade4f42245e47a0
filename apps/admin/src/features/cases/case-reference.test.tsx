import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { CaseReference } from './case-reference';

function renderAt(element: React.ReactElement) {
  return render(
    <MemoryRouter initialEntries={['/communities/c1/organs/o1']}>
      <Routes>
        <Route path="/communities/:communityId/organs/:organId" element={element} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('CaseReference', () => {
  afterEach(cleanup);

  it('links a reference to its registered case, in the route’s community', () => {
    renderAt(<CaseReference reference="SSU sak 26/2024" linked={{ id: 'case 7' }} />);
    expect(screen.getByRole('link', { name: 'SSU sak 26/2024' }).getAttribute('href')).toBe('/communities/c1/cases/case%207');
  });

  it('leaves an external decision as text', () => {
    renderAt(<CaseReference reference="K-sak 61/2022" linked={null} />);
    expect(screen.getByText('K-sak 61/2022')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
