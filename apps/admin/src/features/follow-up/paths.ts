/** The path of a community's follow-up page. */
export function followUpPath(communityId: string): string {
  return `/communities/${encodeURIComponent(communityId)}/follow-up`;
}
