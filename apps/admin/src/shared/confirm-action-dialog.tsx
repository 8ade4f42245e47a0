import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';

import { ConfirmDialogActions } from './confirm-dialog-actions';
import { useErrorText } from './error-messages';

interface ConfirmActionDialogProps {
  open: boolean;
  heading: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  closeLabel: string;
  failedHeading: string;
  /** The refusals the dialog explains in words (default: a conflict or a missing right). */
  refusalCodes?: readonly string[];
  /** Does it; a refusal is thrown as the API's error and shown in the dialog. */
  action: () => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/** Asks before a step that cannot be undone (retiring, closing, deleting); Cancel has focus first, so a stray Enter cancels. */
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
          conflicts={errorText.refusals(failure, props.refusalCodes ?? ['CONFLICT', 'FORBIDDEN'])}
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
