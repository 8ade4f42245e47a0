import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';

interface YearSelectProps {
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}

export function YearSelect({ label, years, value, onChange }: YearSelectProps) {
  const id = useId();
  return (
    <Field className="field-inline">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} width="auto" value={String(value)} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <Select.Option key={year} value={String(year)}>
            {year}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
