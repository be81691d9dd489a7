// The browser harness every journey uses: Debian's Chromium driven by playwright-core (never a downloaded
// browser), axe-core on every page, and collection of console errors and CSP violations.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

export async function openPage(browser: Browser, baseURL: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, context, problems } satisfies WatchedPage;
}

/** Runs axe with the WCAG 2.2 AA tags and returns readable violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

/** True when the page scrolls sideways (content wider than the viewport). */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Describes the focused element, for keyboard journeys. */
export function focused(page: Page): Promise<{ tag: string; text: string; id: string; href: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      id: el?.id ?? '',
      href: el?.getAttribute('href') ?? null,
    };
  });
}

/**
 * Moves focus to `target` with the Tab key alone, as a keyboard user would, failing if it cannot be
 * reached. Returns the number of presses.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 120): Promise<number> {
  await target.waitFor();
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs to a link or button and activates it with Enter. */
export async function activate(page: Page, control: Locator): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press('Enter');
}

/** Tabs to a radio button or checkbox and selects it with Space. */
export async function choose(page: Page, control: Locator): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press('Space');
}

/** Waits for the page's h1 and checks the page is axe-clean. */
export async function onPage(w: WatchedPage, h1: string | RegExp): Promise<void> {
  await w.page.getByRole('heading', { level: 1, name: h1 }).waitFor();
  expect({ h1, violations: await axeViolations(w.page) }).toEqual({ h1, violations: [] });
}

/** Signs in on the sign-in page, by keyboard, and waits until the header shows "Sign out". */
export async function signIn(w: WatchedPage, email: string, password: string): Promise<void> {
  await w.page.goto('/sign-in');
  await onPage(w, 'Sign in');
  await typeInto(w.page, w.page.getByLabel('Email address'), email);
  await typeInto(w.page, w.page.getByLabel('Password', { exact: true }), password);
  await activate(w.page, w.page.getByRole('button', { name: 'Sign in' }));
  await w.page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/**
 * After a refused submit: the error summary has taken focus and links to the field, the same message is beside
 * the field (which is described by it), the title starts "Error:", and the page is axe-clean.
 */
export async function expectFieldError(w: WatchedPage, fieldId: string, message: string): Promise<void> {
  const { page } = w;
  const link = page.locator('.error-summary').getByRole('link', { name: message, exact: true });
  await link.waitFor();
  expect(await link.getAttribute('href')).toBe(`#${fieldId}`);
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
  expect(await page.locator(`#${fieldId}-error`).innerText()).toContain(message);
  expect(await page.locator(`#${fieldId}`).getAttribute('aria-describedby')).toContain(`${fieldId}-error`);
  expect(await page.title()).toMatch(/^Error: /);
  expect({ fieldId, violations: await axeViolations(page) }).toEqual({ fieldId, violations: [] });
}

/** Follows the error summary's link to its field (which takes focus) and types `text` in place of its value. */
export async function correctField(page: Page, message: string, text: string): Promise<void> {
  await activate(page, page.locator('.error-summary').getByRole('link', { name: message, exact: true }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}
