interface AuditEventsData<TEvent> {
  auditEvents: { events: readonly TEvent[]; nextBefore?: string | null };
}

/**
 * Adds an older page below the events shown so far; the cursor for the next page comes from the
 * older page (null once the oldest event is shown).
 */
export function appendOlderEvents<TEvent, TData extends AuditEventsData<TEvent>>(shown: TData, older: TData): TData {
  return {
    ...shown,
    auditEvents: { ...older.auditEvents, events: [...shown.auditEvents.events, ...older.auditEvents.events] },
  };
}
