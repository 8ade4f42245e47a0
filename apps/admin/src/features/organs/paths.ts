/** The organ page: its composition on a date and the history of every seat. */
export function organPath(communityId: string, organId: string): string {
  return `/communities/${encodeURIComponent(communityId)}/organs/${encodeURIComponent(organId)}`;
}

/** A regional council's page: its seats, and (for the council and the secretariat) the appointment forms. */
export function councilPath(communityId: string, councilId: string): string {
  return `/communities/${encodeURIComponent(communityId)}/regional-councils/${encodeURIComponent(councilId)}`;
}
