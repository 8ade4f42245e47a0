import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';

import { ConfirmDialogActions } from '../../shared/confirm-dialog-actions';
import { useErrorText } from '../../shared/error-messages';

interface ConfirmActionDialogProps {
  open: boolean;
  heading: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  closeLabel: string;
  failedHeading: string;
  /** Does it; a refusal is thrown as the API's error and shown in the dialog. */
  action: () => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/** Asks before a step that cannot be undone (retiring, closing); Cancel has focus first. */
export function ConfirmActionDialog(props: ConfirmActionDialogProps) {
  const errorText = useErrorText();
  const headingId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [failure, setFailure] = useState<unknown>();
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (props.open) cancelRef.current?.focus();
  }, [props.open]);

  const close = () => {
    setFailure(undefined);
    props.onClose();
  };

  const confirm = async () => {
    if (loading) return;
    setFailure(undefined);
    setLoading(true);
    try {
      await props.action();
    } catch (error) {
      setFailure(error);
      return;
    } finally {
      setLoading(false);
    }
    props.onDone();
  };

  return (
    <Dialog open={props.open} onClose={close} closeButton={props.closeLabel} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {props.heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="dialog-body">
        <Paragraph>{props.body}</Paragraph>
        <ConfirmDialogActions
          conflicts={errorText.refusals(failure, ['CONFLICT', 'FORBIDDEN'])}
          failedHeading={props.failedHeading}
          failure={failure}
          confirmLabel={props.confirmLabel}
          cancelLabel={props.cancelLabel}
          loading={loading}
          onConfirm={() => void confirm()}
          onCancel={close}
          cancelRef={cancelRef}
        />
      </Dialog.Block>
    </Dialog>
  );
}
