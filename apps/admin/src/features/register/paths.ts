/** The register's pages of a community. */
const communityPath = (communityId: string) => `/communities/${encodeURIComponent(communityId)}`;
export const populationImportPath = (communityId: string) => `${communityPath(communityId)}/populations/import`;
export const communityDetailsPath = (communityId: string) => `${communityPath(communityId)}/details`;
export const newPartnerPath = (communityId: string) => `${communityPath(communityId)}/partners/new`;
export const partnerPath = (communityId: string, partnerId: string) =>
  `${communityPath(communityId)}/partners/${encodeURIComponent(partnerId)}`;
export const newRegionalCouncilPath = (communityId: string) => `${communityPath(communityId)}/regional-councils/new`;
export const regionalCouncilEditPath = (communityId: string, councilId: string) =>
  `${communityPath(communityId)}/regional-councils/${encodeURIComponent(councilId)}/edit`;
export const newOrganPath = (communityId: string) => `${communityPath(communityId)}/organs/new`;
export const organEditPath = (communityId: string, organId: string) =>
  `${communityPath(communityId)}/organs/${encodeURIComponent(organId)}/edit`;
export const organRulesPath = (communityId: string, organId: string) =>
  `${communityPath(communityId)}/organs/${encodeURIComponent(organId)}/rules`;
