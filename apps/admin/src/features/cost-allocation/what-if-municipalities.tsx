import { Checkbox, Field, Input, Label, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ScrollableTable } from '../../shared/scrollable-table';
import type { WhatIfFieldIds } from './what-if-field-ids';
import type { WhatIfErrors, WhatIfMunicipalityRow } from './what-if-input';

interface WhatIfMunicipalitiesProps {
  rows: readonly WhatIfMunicipalityRow[];
  errors: WhatIfErrors | undefined;
  fieldIds: WhatIfFieldIds;
  onChange: (municipalityNumber: string, change: Partial<WhatIfMunicipalityRow>) => void;
}

export function WhatIfMunicipalities({ rows, errors, fieldIds, onChange }: WhatIfMunicipalitiesProps) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <ScrollableTable captionId={captionId}>
      <Table>
        <caption id={captionId}>{t('costAllocation.whatIf.municipalities')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('costAllocation.whatIf.columns.municipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('costAllocation.whatIf.columns.population')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => {
            const name = row.name ?? row.municipalityNumber;
            const populationId = fieldIds.population(row.municipalityNumber);
            const hasError = errors?.populations[row.municipalityNumber] !== undefined;
            return (
              <Table.Row key={row.municipalityNumber}>
                <Table.Cell>
                  <Checkbox
                    id={fieldIds.participates(row.municipalityNumber)}
                    label={t('costAllocation.whatIf.participates', { name })}
                    checked={row.participates}
                    onChange={(event) => onChange(row.municipalityNumber, { participates: event.target.checked })}
                  />
                </Table.Cell>
                <Table.Cell>
                  <Field>
                    <Label className="ds-sr-only" htmlFor={populationId}>
                      {t('costAllocation.whatIf.population', { name })}
                    </Label>
                    <Input
                      id={populationId}
                      className="population-input"
                      inputMode="numeric"
                      autoComplete="off"
                      disabled={!row.participates}
                      value={row.population}
                      onChange={(event) => onChange(row.municipalityNumber, { population: event.target.value })}
                    />
                    {hasError && <ValidationMessage>{t('costAllocation.whatIf.errors.wholeNumber')}</ValidationMessage>}
                  </Field>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
