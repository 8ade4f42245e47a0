import { Select, Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { SelectField } from '../../shared/select-field';
import { oneOf, partnerKinds, type PartnerValues } from './register-input';

interface PartnerFieldsProps {
  values: PartnerValues;
  onChange: (values: PartnerValues) => void;
  errors: Partial<Record<string, string>>;
  /** Whether the kind can be chosen (a new partner); a partner's kind stays. */
  chooseKind: boolean;
}

/** A partner's details: kind, name, municipality number (municipalities only), the day it joined. */
export function PartnerFields({ values, onChange, errors, chooseKind }: PartnerFieldsProps) {
  const { t } = useTranslation();
  const kindId = useId();
  const set = (changes: Partial<PartnerValues>) => onChange({ ...values, ...changes });
  return (
    <>
      {chooseKind && (
        <SelectField
          id={kindId}
          label={t('register.partnerDetails.kind')}
          value={values.kind}
          onChange={(kind) => set({ kind: oneOf(partnerKinds, kind, 'MUNICIPALITY') })}
        >
          {partnerKinds.map((kind) => (
            <Select.Option key={kind} value={kind}>
              {t(`community.partnerKind.${kind}`)}
            </Select.Option>
          ))}
        </SelectField>
      )}
      <Textfield
        label={t('register.partnerDetails.name')}
        description={values.kind === 'MUNICIPALITY' ? t('register.partnerDetails.nameDescription') : undefined}
        value={values.name}
        onChange={(event) => set({ name: event.target.value })}
        error={errors.name}
        autoComplete="off"
        required
      />
      {values.kind === 'MUNICIPALITY' && (
        <Textfield
          label={t('register.partnerDetails.municipalityNumber')}
          description={t('register.partnerDetails.municipalityNumberDescription')}
          inputMode="numeric"
          maxLength={4}
          value={values.municipalityNumber}
          onChange={(event) => set({ municipalityNumber: event.target.value })}
          error={errors.municipalityNumber}
          autoComplete="off"
          required
        />
      )}
      <Textfield
        type="date"
        label={t('register.partner.joinedOn')}
        value={values.joinedOn}
        onChange={(event) => set({ joinedOn: event.target.value })}
        error={errors.joinedOn}
      />
    </>
  );
}
