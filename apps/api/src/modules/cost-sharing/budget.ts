/** What the municipalities share: the cost lines minus the state grant, never below zero. */
export function municipalShareOf(
  costLines: readonly { amount: number }[],
  stateGrant: number,
): { totalCost: number; municipalShare: number } {
  const totalCost = costLines.reduce((sum, line) => sum + line.amount, 0);
  return { totalCost, municipalShare: Math.max(0, totalCost - stateGrant) };
}
