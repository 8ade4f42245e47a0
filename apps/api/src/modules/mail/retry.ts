/** When a failed delivery is tried again: exponential back-off from `baseMs`, capped at `maxMs`. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  const exponent = Math.max(0, attempts - 1);
  // 2 ** 40 is far past any cap; stop there so the number stays finite.
  return Math.min(baseMs * 2 ** Math.min(exponent, 40), maxMs);
}
