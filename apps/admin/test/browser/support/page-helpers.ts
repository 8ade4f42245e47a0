import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Text as a reader sees it: nb-NO uses no-break spaces between digit groups. */
export function normalise(text: string | null): string {
  return (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function cellTexts(row: Locator): Promise<string[]> {
  const texts = await row.locator('th, td').allTextContents();
  return texts.map(normalise);
}

/** Presses Tab until the focused element's text is `name`, as a keyboard user would. */
export async function tabTo(page: Page, name: string, maxPresses = 80): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    const focusedText = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (normalise(focusedText) === name) return;
  }
  throw new Error(`"${name}" was not reached within ${maxPresses} presses of Tab.`);
}

/** Presses Tab until the focused form field is the one labelled `label`, as a keyboard user would. */
export async function tabToField(page: Page, label: string, maxPresses = 40): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    const focusedLabel = await page.evaluate(() => {
      const element = document.activeElement;
      return element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? (element.labels?.[0]?.textContent ?? '') : '';
    });
    if (normalise(focusedLabel) === label) return;
  }
  throw new Error(`The field "${label}" was not reached within ${maxPresses} presses of Tab.`);
}

/**
 * Opens a fresh context (own localStorage) and fails the test if the page requests anything from
 * another origin (the UI must be fully self-hosted) or breaks the server's Content-Security-Policy.
 */
export async function withPage(
  browser: Browser,
  baseURL: string,
  run: (page: Page) => Promise<void>,
  viewport = { width: 1280, height: 900 },
): Promise<void> {
  const context = await browser.newContext({ baseURL, viewport });
  // Waits are on conditions; the budget for each is generous so a busy machine is slow, not failing.
  context.setDefaultTimeout(60_000);
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];
  const policyViolations: string[] = [];
  try {
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL) && !request.url().startsWith('data:')) {
        outsideRequests.push(request.url());
      }
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Chromium reports what the Content-Security-Policy blocked on the console.
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    await run(page);
    expect(outsideRequests, 'requests to other origins').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(policyViolations, 'Content-Security-Policy violations').toEqual([]);
  } finally {
    await context.close();
  }
}

/** The password of every demo account. */
export const demoPassword = 'demo';

/** Signs in through the form (keyboard sign-in is tested on its own) and waits until back at `returnTo`. */
export async function signInThroughForm(page: Page, email: string, returnTo: string): Promise<void> {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(demoPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).waitFor();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === returnTo);
}

/** Follows a link's address from the page, with its session: the status and content type it answers. */
export async function fetchLinkInPage(page: Page, link: Locator): Promise<{ status: number; type: string | null; magic: string }> {
  const href = await link.getAttribute('href');
  if (!href) throw new Error('The link has no address.');
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const bytes = new Uint8Array(await response.arrayBuffer()).slice(0, 5);
    return { status: response.status, type: response.headers.get('content-type'), magic: String.fromCharCode(...bytes) };
  }, href);
}
