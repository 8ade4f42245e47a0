import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Runs axe with the WCAG 2.1 A/AA rules and fails with a readable list of violations. Axe reads colours as
 * they are at that moment, so it first waits until every animation that ends has ended: a dialog fading
 * in has half its contrast, and on a busy machine it fades in late.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // A spinner turns for ever: only animations that end are waited for.
        .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
  if (report.length > 0) {
    console.error(`Accessibility violations on ${where} (${page.url()}):\n${JSON.stringify(report, null, 2)}`);
  }
  expect(report, `axe violations on ${where}`).toEqual([]);
}
