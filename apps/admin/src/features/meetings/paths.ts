/** The meeting pages of an organ. */
export const meetingPlanPath = (communityId: string, organId: string, year?: number) =>
  `/communities/${encodeURIComponent(communityId)}/organs/${encodeURIComponent(organId)}/meetings${year === undefined ? '' : `?year=${year}`}`;
export const meetingPath = (communityId: string, organId: string, meetingId: string, year: number) =>
  `/communities/${encodeURIComponent(communityId)}/organs/${encodeURIComponent(organId)}/meetings/${encodeURIComponent(meetingId)}?year=${year}`;
