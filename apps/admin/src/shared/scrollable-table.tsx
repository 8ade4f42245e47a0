import type { ReactNode } from 'react';

interface ScrollableTableProps {
  /** Id of the table's <caption>, which names the scroll region. */
  captionId: string;
  children: ReactNode;
}

/**
 * Lets wide tables scroll sideways on small screens. The region is focusable so keyboard users
 * can scroll it, and it is named by the table caption.
 */
export function ScrollableTable({ captionId, children }: ScrollableTableProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
