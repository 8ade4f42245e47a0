import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { PersonLike } from './seats';

/**
 * A person as the public sees them (name, title, employer), with e-mail and phone only when the
 * API gives them (to the secretariat). The parts are stacked; the spaces between them keep the
 * text readable when copied or read as a whole.
 */
export function PersonSummary({ person, detail }: { person: PersonLike; detail?: string }) {
  const { t } = useTranslation();
  const work = [person.title, person.employer].filter((part) => part != null && part !== '').join(', ');
  return (
    <span className="person">
      <span className="person__name">{person.name}</span>
      {work !== '' && (
        <>
          {' '}
          <span className="person__detail">{work}</span>
        </>
      )}
      {person.email && (
        <>
          {' '}
          <span className="person__detail">
            <span className="ds-sr-only">{t('organs.person.email')} </span>
            <Link href={`mailto:${person.email}`}>{person.email}</Link>
          </span>
        </>
      )}
      {person.phone && (
        <>
          {' '}
          <span className="person__detail">
            <span className="ds-sr-only">{t('organs.person.phone')} </span>
            <Link href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</Link>
          </span>
        </>
      )}
      {detail && (
        <>
          {' '}
          <span className="person__detail">{detail}</span>
        </>
      )}
    </span>
  );
}
