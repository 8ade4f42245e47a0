import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { CostAllocationWhatIfInput } from '../../gql/graphql';
import { WhatIfErrorSummary } from './what-if-error-summary';
import { whatIfFieldIds } from './what-if-field-ids';
import { buildWhatIfInput, type WhatIfErrors, type WhatIfFormValues, type WhatIfMunicipalityRow } from './what-if-input';
import { WhatIfMunicipalities } from './what-if-municipalities';
import { WhatIfResult } from './what-if-result';
import { initialWhatIfValues } from './what-if-values';

export const WhatIfFormFragment = graphql(`
  fragment WhatIfForm_CostAllocation on CostAllocation {
    municipalShare
    fixedShareRatio
    lines {
      municipalityNumber
      name
      population
      amount
    }
  }
`);

/** Edits the basis of an allocation and asks the API what the allocation would then be. */
export function WhatIfForm(props: { allocation: FragmentType<typeof WhatIfFormFragment> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const headingId = `${id}-heading`;
  const fieldIds = whatIfFieldIds(id);
  const allocation = getFragmentData(WhatIfFormFragment, props.allocation);
  const decimalSeparator = i18n.language === 'en' ? '.' : ',';
  const [values, setValues] = useState<WhatIfFormValues>(() => initialWhatIfValues(allocation, decimalSeparator));
  const [errors, setErrors] = useState<WhatIfErrors | undefined>();
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [submitted, setSubmitted] = useState<CostAllocationWhatIfInput | undefined>();

  const updateRow = (municipalityNumber: string, change: Partial<WhatIfMunicipalityRow>) =>
    setValues((current) => ({
      ...current,
      municipalities: current.municipalities.map((row) => (row.municipalityNumber === municipalityNumber ? { ...row, ...change } : row)),
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = buildWhatIfInput(values);
    if (parsed.ok) {
      setErrors(undefined);
      setSubmitted(parsed.input);
    } else {
      setErrors(parsed.errors);
      setFailedAttempts((count) => count + 1);
    }
  };

  const reset = () => {
    setValues(initialWhatIfValues(allocation, decimalSeparator));
    setErrors(undefined);
    setSubmitted(undefined);
  };

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('costAllocation.whatIf.heading')}
      </Heading>
      <Paragraph>{t('costAllocation.whatIf.intro')}</Paragraph>
      {errors && (
        // Keyed by attempt so that the summary is re-inserted, and so re-focused, on every failure.
        <WhatIfErrorSummary key={failedAttempts} errors={errors} values={values} fieldIds={fieldIds} />
      )}
      <form className="form-stack" noValidate onSubmit={submit}>
        <Textfield
          id={fieldIds.municipalShare}
          label={t('costAllocation.whatIf.municipalShare')}
          inputMode="numeric"
          autoComplete="off"
          value={values.municipalShare}
          error={errors?.municipalShare && t('costAllocation.whatIf.errors.wholeNumber')}
          onChange={(event) => setValues({ ...values, municipalShare: event.target.value })}
        />
        <Textfield
          id={fieldIds.fixedSharePercent}
          label={t('costAllocation.whatIf.fixedShare')}
          description={t('costAllocation.whatIf.fixedShareDescription')}
          inputMode="decimal"
          autoComplete="off"
          value={values.fixedSharePercent}
          error={errors?.fixedSharePercent && t('costAllocation.whatIf.errors.percent')}
          onChange={(event) => setValues({ ...values, fixedSharePercent: event.target.value })}
        />
        <WhatIfMunicipalities rows={values.municipalities} errors={errors} fieldIds={fieldIds} onChange={updateRow} />
        <div className="button-row">
          <Button type="submit">{t('costAllocation.whatIf.submit')}</Button>
          <Button type="button" variant="secondary" onClick={reset}>
            {t('costAllocation.whatIf.reset')}
          </Button>
        </div>
      </form>
      {submitted && <WhatIfResult input={submitted} />}
    </section>
  );
}
