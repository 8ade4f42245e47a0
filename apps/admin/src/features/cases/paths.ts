/** The case register's pages of a community. */
export const organCasesPath = (communityId: string, organId: string) =>
  `/communities/${encodeURIComponent(communityId)}/organs/${encodeURIComponent(organId)}/cases`;
export const casePath = (communityId: string, caseId: string) =>
  `/communities/${encodeURIComponent(communityId)}/cases/${encodeURIComponent(caseId)}`;
