import { ErrorSummary } from '@digdir/designsystemet-react';
import { type ComponentRef, useEffect, useRef } from 'react';

export interface FormErrorItem {
  /** Id of the field the message is about; without one the message is listed without a link. */
  fieldId?: string;
  message: string;
}

interface FormErrorSummaryProps {
  heading: string;
  items: readonly FormErrorItem[];
}

/**
 * Lists a form's problems with a link to each field, and takes focus when it appears: give it a
 * new `key` on every failed attempt to focus it again.
 */
export function FormErrorSummary({ heading, items }: FormErrorSummaryProps) {
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const shown = items.length > 0;
  useEffect(() => {
    // Designsystemet's element focuses itself when connected, but React puts focus back on the
    // submit button at the end of that commit; an effect runs after it.
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <ErrorSummary ref={ref}>
      <ErrorSummary.Heading>{heading}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item, index) => (
          <ErrorSummary.Item key={`${item.fieldId ?? 'form'}-${index}`}>
            {item.fieldId === undefined ? (
              item.message
            ) : (
              <ErrorSummary.Link
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  // A plain fragment link would also change the router's location; focusing is enough.
                  event.preventDefault();
                  if (item.fieldId) document.getElementById(item.fieldId)?.focus();
                }}
              >
                {item.message}
              </ErrorSummary.Link>
            )}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
