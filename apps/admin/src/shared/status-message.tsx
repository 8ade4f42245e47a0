import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { forwardRef } from 'react';

/**
 * A live region that is always in the page, so that screen readers announce a message put into
 * it; focusable from script when focus must land somewhere after its control went away.
 */
export const StatusMessage = forwardRef<HTMLDivElement, { message: string | undefined }>(function StatusMessage({ message }, ref) {
  return (
    <div role="status" ref={ref} tabIndex={-1} className="status-message">
      {message && (
        <Alert data-color="success">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
});
