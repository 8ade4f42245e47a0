import { Alert, Button, Dialog, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { useErrorText } from '../../shared/error-messages';
import { QueryError } from '../../shared/query-state';
import { SelectField } from '../../shared/select-field';

const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      name
      title
      employer
      email
      phone
      partnerId
    }
  }
`);

/** The person as the composition shows them to the secretariat, to be corrected. */
export interface EditedPerson {
  id: string;
  name: string;
  title?: string | null;
  employer?: string | null;
  email?: string | null;
  phone?: string | null;
  partnerId?: string | null;
}

interface EditPersonDialogProps {
  person: EditedPerson | undefined;
  partners: readonly { id: string; name: string }[];
  /** The queries that show the person on the page, asked again after the correction. */
  refetchQueries: string[];
  onClose: () => void;
  /** Called when the correction is saved and the page's data is fresh, with a sentence saying what was done. */
  onDone: (message: string) => void;
}

type Field = 'name' | 'title' | 'employer' | 'email' | 'phone';
const fields: readonly Field[] = ['name', 'title', 'employer', 'email', 'phone'];

/**
 * Corrects a registered person (a misspelt name, a wrong e-mail, the partner they work for and so
 * their side): the correction shows wherever they sit or sat. Keyboard: focus starts in the name,
 * Escape closes; the API's refusals are shown in the dialog in the user's language.
 */
export function EditPersonDialog({ person, ...props }: EditPersonDialogProps) {
  if (!person) return <Dialog open={false} onClose={props.onClose} />;
  return <EditPersonContent key={person.id} person={person} {...props} />;
}

function EditPersonContent({ person, partners, refetchQueries, onClose, onDone }: EditPersonDialogProps & { person: EditedPerson }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({
    name: person.name,
    title: person.title ?? '',
    employer: person.employer ?? '',
    email: person.email ?? '',
    phone: person.phone ?? '',
  });
  const [partnerId, setPartnerId] = useState(person.partnerId ?? '');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<unknown>();
  const [update, { loading }] = useMutation(UpdatePersonMutation, { refetchQueries, awaitRefetchQueries: true });

  useEffect(() => nameRef.current?.focus(), []);

  const save = async () => {
    if (loading) return;
    setFailure(undefined);
    if (values.name.trim() === '') {
      setProblems({ name: t('organs.editPerson.nameRequired') });
      nameRef.current?.focus();
      return;
    }
    setProblems({});
    // Only what changed is sent: contact data the caller did not touch stays as it is.
    const optional = (field: Exclude<Field, 'name'>) => {
      const value = values[field].trim();
      return value === (person[field] ?? '') ? undefined : value === '' ? null : value;
    };
    const input = {
      personId: person.id,
      name: values.name.trim() === person.name ? undefined : values.name.trim(),
      title: optional('title'),
      employer: optional('employer'),
      email: optional('email'),
      phone: optional('phone'),
      partnerId: partnerId === (person.partnerId ?? '') ? undefined : partnerId === '' ? null : partnerId,
    };
    try {
      const { data } = await update({ variables: { input } });
      onDone(t('organs.editPerson.saved', { name: data?.updatePerson.name ?? values.name.trim() }));
    } catch (error) {
      const byField = errorText.inputErrors(error);
      if (!byField) {
        setFailure(error);
        return;
      }
      const found: Partial<Record<Field, string>> = {};
      for (const field of fields) {
        const message = byField.fields[field];
        if (message) found[field] = message;
      }
      const partnerMessage = byField.fields.partnerId;
      const other = [...byField.other, ...(partnerMessage ? [partnerMessage] : [])];
      setProblems(found);
      if (other.length > 0) setFailure(error);
    }
  };

  const refusals = errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND']);
  return (
    <Dialog open onClose={onClose} closeButton={t('organs.editPerson.close')} aria-labelledby={`${id}-heading`}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={`${id}-heading`}>
          {t('organs.editPerson.heading', { name: person.name })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="dialog-body">
        <Paragraph>{t('organs.editPerson.intro')}</Paragraph>
        <form
          className="form-stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {fields.map((field) => (
            <Textfield
              key={field}
              ref={field === 'name' ? nameRef : undefined}
              label={t(`organs.editPerson.${field}`)}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              autoComplete="off"
              spellCheck={field === 'email' ? false : undefined}
              value={values[field]}
              error={problems[field]}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
            />
          ))}
          <SelectField
            id={`${id}-partner`}
            label={t('organs.editPerson.worksFor')}
            description={t('organs.editPerson.worksForDescription')}
            value={partnerId}
            onChange={setPartnerId}
          >
            <Select.Option value="">{t('organs.appoint.worksForNeither')}</Select.Option>
            {partners.map((partner) => (
              <Select.Option key={partner.id} value={partner.id}>
                {partner.name}
              </Select.Option>
            ))}
          </SelectField>
          {refusals.length > 0 && (
            <Alert data-color="danger" role="alert">
              <Heading level={3} data-size="xs">
                {t('organs.editPerson.failed')}
              </Heading>
              {refusals.map((message) => (
                <Paragraph key={message}>{message}</Paragraph>
              ))}
            </Alert>
          )}
          {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
          <div className="button-row">
            <Button type="submit" loading={loading}>
              {t('organs.editPerson.save')}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('organs.editPerson.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
