import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ParityProblemKind } from '../../gql/graphql';

export interface ParityProblemLike {
  kind: ParityProblemKind;
  hospital: number;
  municipal: number;
}

export interface ParityLike {
  balanced: boolean;
  problems: readonly ParityProblemLike[];
  hospitalVotingMembers: number;
  municipalVotingMembers: number;
  hospitalVotingSeats: number;
  municipalVotingSeats: number;
}

/**
 * Whether the hospital and the municipalities have as many voting members on the date: a quiet line
 * when they do, a warning listing what breaks it when they do not. Organs without voting seats say nothing.
 */
export function ParityReport({ parity, date }: { parity: ParityLike; date: string }) {
  const { t } = useTranslation();
  if (parity.hospitalVotingSeats + parity.municipalVotingSeats === 0) return null;
  if (parity.balanced) {
    return (
      <Paragraph className="parity-ok">
        {t('organs.parity.balanced', { hospital: parity.hospitalVotingMembers, municipal: parity.municipalVotingMembers, date })}
      </Paragraph>
    );
  }
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">
        {t('organs.parity.unbalancedHeading', { date })}
      </Heading>
      <Paragraph>
        {t('organs.parity.counts', {
          hospitalMembers: parity.hospitalVotingMembers,
          hospitalSeats: parity.hospitalVotingSeats,
          municipalMembers: parity.municipalVotingMembers,
          municipalSeats: parity.municipalVotingSeats,
        })}
      </Paragraph>
      {parity.problems.length > 0 && (
        <>
          <Paragraph data-size="sm">{t('organs.parity.problemsIntro')}</Paragraph>
          <ul>
            {parity.problems.map((problem) => (
              <li key={problem.kind}>
                {problem.kind === 'SEATS_VACANT'
                  ? t('organs.parity.problems.SEATS_VACANT', {
                      count: problem.hospital + problem.municipal,
                      hospital: problem.hospital,
                      municipal: problem.municipal,
                    })
                  : t(`organs.parity.problems.${problem.kind}`, { hospital: problem.hospital, municipal: problem.municipal })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
