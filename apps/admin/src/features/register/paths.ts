/** The register's pages of a community. */
export const populationImportPath = (communityId: string) => `/communities/${encodeURIComponent(communityId)}/populations/import`;
export const partnerPath = (communityId: string, partnerId: string) =>
  `/communities/${encodeURIComponent(communityId)}/partners/${encodeURIComponent(partnerId)}`;
export const organRulesPath = (communityId: string, organId: string) =>
  `/communities/${encodeURIComponent(communityId)}/organs/${encodeURIComponent(organId)}/rules`;
