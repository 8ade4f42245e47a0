import { useTranslation } from 'react-i18next';

import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import type { WhatIfFieldIds } from './what-if-field-ids';
import type { WhatIfErrors, WhatIfFormValues } from './what-if-input';

interface WhatIfErrorSummaryProps {
  errors: WhatIfErrors;
  values: WhatIfFormValues;
  fieldIds: WhatIfFieldIds;
}

/** Lists every problem with a link to its field; the summary takes focus when it appears. */
export function WhatIfErrorSummary({ errors, values, fieldIds }: WhatIfErrorSummaryProps) {
  const { t } = useTranslation();
  const items: FormErrorItem[] = [];
  if (errors.municipalShare) {
    items.push({
      fieldId: fieldIds.municipalShare,
      message: `${t('costAllocation.whatIf.municipalShare')}: ${t('costAllocation.whatIf.errors.wholeNumber')}`,
    });
  }
  if (errors.fixedSharePercent) {
    items.push({
      fieldId: fieldIds.fixedSharePercent,
      message: `${t('costAllocation.whatIf.fixedShare')}: ${t('costAllocation.whatIf.errors.percent')}`,
    });
  }
  const firstRow = values.municipalities[0];
  if (errors.municipalities && firstRow) {
    items.push({
      fieldId: fieldIds.participates(firstRow.municipalityNumber),
      message: t('costAllocation.whatIf.errors.noMunicipalities'),
    });
  }
  for (const row of values.municipalities) {
    if (!errors.populations[row.municipalityNumber]) continue;
    items.push({
      fieldId: fieldIds.population(row.municipalityNumber),
      message: `${t('costAllocation.whatIf.population', { name: row.name ?? row.municipalityNumber })}: ${t('costAllocation.whatIf.errors.wholeNumber')}`,
    });
  }
  return <FormErrorSummary heading={t('costAllocation.whatIf.errors.summary')} items={items} />;
}
