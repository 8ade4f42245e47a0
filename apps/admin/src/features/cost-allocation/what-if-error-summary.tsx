import { ErrorSummary } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { WhatIfFieldIds } from './what-if-field-ids';
import type { WhatIfErrors, WhatIfFormValues } from './what-if-input';

interface WhatIfErrorSummaryProps {
  errors: WhatIfErrors;
  values: WhatIfFormValues;
  fieldIds: WhatIfFieldIds;
}

/** Lists every problem with a link to its field; Designsystemet focuses the summary on mount. */
export function WhatIfErrorSummary({ errors, values, fieldIds }: WhatIfErrorSummaryProps) {
  const { t } = useTranslation();
  const items: { target: string; message: string }[] = [];
  if (errors.municipalShare) {
    items.push({
      target: fieldIds.municipalShare,
      message: `${t('costAllocation.whatIf.municipalShare')}: ${t('costAllocation.whatIf.errors.wholeNumber')}`,
    });
  }
  if (errors.fixedSharePercent) {
    items.push({
      target: fieldIds.fixedSharePercent,
      message: `${t('costAllocation.whatIf.fixedShare')}: ${t('costAllocation.whatIf.errors.percent')}`,
    });
  }
  const firstRow = values.municipalities[0];
  if (errors.municipalities && firstRow) {
    items.push({
      target: fieldIds.participates(firstRow.municipalityNumber),
      message: t('costAllocation.whatIf.errors.noMunicipalities'),
    });
  }
  for (const row of values.municipalities) {
    if (!errors.populations[row.municipalityNumber]) continue;
    items.push({
      target: fieldIds.population(row.municipalityNumber),
      message: `${t('costAllocation.whatIf.population', { name: row.name ?? row.municipalityNumber })}: ${t('costAllocation.whatIf.errors.wholeNumber')}`,
    });
  }
  if (items.length === 0) return null;

  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t('costAllocation.whatIf.errors.summary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item) => (
          <ErrorSummary.Item key={item.target}>
            <ErrorSummary.Link
              href={`#${item.target}`}
              onClick={(event) => {
                // A plain fragment link would also change the router's location; focusing is enough.
                event.preventDefault();
                document.getElementById(item.target)?.focus();
              }}
            >
              {item.message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
