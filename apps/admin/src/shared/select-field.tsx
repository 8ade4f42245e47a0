import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

interface SelectFieldProps {
  id: string;
  label: string;
  description?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** `Select.Option` elements. */
  children: ReactNode;
}

/** A labelled select with an optional description and error, like Designsystemet's Textfield. */
export function SelectField({ id, label, description, error, value, onChange, children }: SelectFieldProps) {
  return (
    <Field className="field-inline">
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={id} width="auto" value={value} aria-invalid={error ? true : undefined} onChange={(event) => onChange(event.target.value)}>
        {children}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
