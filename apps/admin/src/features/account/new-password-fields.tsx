import { Textfield } from '@digdir/designsystemet-react';

interface NewPassword {
  next: string;
  repeat: string;
}

interface NewPasswordFieldsProps {
  /** The ids of the two fields, which the error summary links to. */
  ids: Record<keyof NewPassword, string>;
  labels: Record<keyof NewPassword, string>;
  /** What a new password must be (its length), read out with the first field. */
  description: string;
  values: NewPassword;
  errors: Partial<Record<keyof NewPassword, string>>;
  onChange: (changed: Partial<NewPassword>) => void;
}

/** A new password typed twice, marked for password managers as a new one: where it is chosen or changed. */
export function NewPasswordFields({ ids, labels, description, values, errors, onChange }: NewPasswordFieldsProps) {
  return (
    <>
      <Textfield
        id={ids.next}
        label={labels.next}
        description={description}
        type="password"
        autoComplete="new-password"
        value={values.next}
        error={errors.next}
        onChange={(event) => onChange({ next: event.target.value })}
      />
      <Textfield
        id={ids.repeat}
        label={labels.repeat}
        type="password"
        autoComplete="new-password"
        value={values.repeat}
        error={errors.repeat}
        onChange={(event) => onChange({ repeat: event.target.value })}
      />
    </>
  );
}
