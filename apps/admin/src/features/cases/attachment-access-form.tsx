import { useMutation } from '@apollo/client/react';
import { Button, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { RecordAccess } from '../../gql/graphql';
import { SelectField } from '../../shared/select-field';
import { FormOutcome, useFormOutcome } from '../register/form-outcome';

const ChangeCaseAttachmentAccess = graphql(`
  mutation ChangeCaseAttachmentAccess($input: ChangeCaseAttachmentAccessInput!) {
    changeCaseAttachmentAccess(input: $input) {
      id
    }
  }
`);

interface Attachment {
  id: string;
  fileName: string;
  access: RecordAccess;
  exemptionBasis: string | null;
}

/**
 * Changes a file's public access after the upload (an exemption found needed, or one that has lapsed):
 * behind a button, so the list of files stays short; the server checks the legal basis.
 */
export function AttachmentAccessForm({ attachment, onChanged }: { attachment: Attachment; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const outcome = useFormOutcome();
  const [open, setOpen] = useState(false);
  const [access, setAccess] = useState<RecordAccess>(attachment.access);
  const [exemptionBasis, setExemptionBasis] = useState(attachment.exemptionBasis ?? '');
  const [change] = useMutation(ChangeCaseAttachmentAccess);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Keyboard users keep their place: into the form when it opens, back to its button when it closes.
  useEffect(() => {
    if (open) document.getElementById(`${id}-access`)?.focus();
    else if (wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open, id]);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await outcome.run(
      async () => {
        await change({
          variables: {
            input: { attachmentId: attachment.id, access, exemptionBasis: access === 'EXEMPT' ? exemptionBasis.trim() : null },
          },
        });
        setOpen(false);
        onChanged();
      },
      t('cases.accessChange.saved', { name: attachment.fileName }),
    );
  };
  if (!open) {
    return (
      <>
        <Button ref={toggleRef} variant="tertiary" data-size="sm" aria-expanded={false} aria-controls={id} onClick={() => setOpen(true)}>
          {t('cases.accessChange.open', { name: attachment.fileName })}
        </Button>
        <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      </>
    );
  }
  return (
    <form id={id} onSubmit={(event) => void onSubmit(event)} noValidate className="attachment-access-form">
      <SelectField
        id={`${id}-access`}
        label={t('cases.accessChange.access', { name: attachment.fileName })}
        value={access}
        onChange={(value) => setAccess(value === 'EXEMPT' ? 'EXEMPT' : 'PUBLIC')}
      >
        <Select.Option value="PUBLIC">{t('cases.access.PUBLIC')}</Select.Option>
        <Select.Option value="EXEMPT">{t('cases.access.EXEMPT')}</Select.Option>
      </SelectField>
      {access === 'EXEMPT' && (
        <Textfield
          label={t('cases.upload.exemptionBasis')}
          value={exemptionBasis}
          onChange={(event) => setExemptionBasis(event.target.value)}
          error={outcome.fields.exemptionBasis}
          required
        />
      )}
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <div className="button-row">
        <Button type="submit">{t('cases.accessChange.submit')}</Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t('cases.accessChange.cancel')}
        </Button>
      </div>
    </form>
  );
}
