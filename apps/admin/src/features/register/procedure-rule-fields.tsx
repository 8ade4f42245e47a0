import { Select, Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { DecisionRule } from '../../gql/graphql';
import { SelectField } from '../../shared/select-field';
import { decisionRules, oneOf, perProcedureField, type ProcedureNumberField, procedureNumberFields } from './register-input';

export interface ProcedureValues {
  /** Each rule as typed; empty when it is not set. */
  numbers: Record<ProcedureNumberField, string>;
  decisionRule: DecisionRule;
}

/** The form's values for rules of procedure as read (null: not set). */
export function procedureValues(rules: Record<ProcedureNumberField, number | null> & { decisionRule: DecisionRule }): ProcedureValues {
  return { numbers: perProcedureField((field) => rules[field]?.toString() ?? ''), decisionRule: rules.decisionRule };
}

/** The fields of an organ's rules of procedure: the periods and counts, and how it decides. */
export function ProcedureRuleFields({
  values,
  onChange,
  errors,
}: {
  values: ProcedureValues;
  onChange: (values: ProcedureValues) => void;
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const decisionId = useId();
  return (
    <>
      {procedureNumberFields.map((field) => (
        <Textfield
          key={field}
          type="text"
          inputMode="numeric"
          label={t(`register.rules.fields.${field}`)}
          value={values.numbers[field]}
          onChange={(event) => onChange({ ...values, numbers: { ...values.numbers, [field]: event.target.value } })}
          error={errors[field]}
          autoComplete="off"
        />
      ))}
      <SelectField
        id={decisionId}
        label={t('register.rules.fields.decisionRule')}
        value={values.decisionRule}
        onChange={(value) => onChange({ ...values, decisionRule: oneOf(decisionRules, value, 'CONSENSUS') })}
      >
        {decisionRules.map((rule) => (
          <Select.Option key={rule} value={rule}>
            {t(`community.decisionRule.${rule}`)}
          </Select.Option>
        ))}
      </SelectField>
    </>
  );
}
