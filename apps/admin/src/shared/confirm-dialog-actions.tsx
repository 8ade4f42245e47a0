import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { RefObject } from 'react';

import { QueryError } from './query-state';

interface ConfirmDialogActionsProps {
  /** CONFLICT messages from the server: a refusal the user can read and act on. */
  conflicts: readonly string[];
  failedHeading: string;
  /** Any other failure, shown as a query error. */
  failure: unknown;
  confirmLabel: string;
  cancelLabel: string;
  loading: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Focus starts on Cancel, the safe choice. */
  cancelRef: RefObject<HTMLButtonElement | null>;
}

/** The end of a confirmation dialog: why it failed, if it did, then Confirm and Cancel. */
export function ConfirmDialogActions({ cancelRef, ...props }: ConfirmDialogActionsProps) {
  return (
    <>
      {props.conflicts.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {props.failedHeading}
          </Heading>
          {props.conflicts.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {props.failure !== undefined && props.conflicts.length === 0 && <QueryError error={props.failure} />}
      <div className="button-row">
        <Button data-color="danger" loading={props.loading} onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
        <Button ref={cancelRef} variant="secondary" onClick={props.onCancel}>
          {props.cancelLabel}
        </Button>
      </div>
    </>
  );
}
