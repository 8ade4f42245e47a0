export function planPath(communityId: string, planId: string): string {
  return `/communities/${encodeURIComponent(communityId)}/action-plans/${encodeURIComponent(planId)}`;
}

export function reportPath(communityId: string, planId: string, year: number): string {
  return `${planPath(communityId, planId)}/reports/${year}`;
}

export function planEditorPath(communityId: string, planId: string): string {
  return `${planPath(communityId, planId)}/edit`;
}
