// A refused request (over a rate limit) says so in the page, in words, with how long to wait; the form stays
// usable and axe-clean. Forgot-password is the example: the message comes from the API's RATE_LIMITED error,
// which every form shows the same way (problemMessage).
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { activate, axeViolations, launchBrowser, openPage, typeInto } from './browser';

describe('rate limits in the browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PASSWORD_RESET: '1,1,3600' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows "Too many attempts. Try again in 60 minutes." when a reset link is asked for too often', async () => {
    const first = await openPage(browser, t.url);
    await first.page.goto('/forgot-password');
    await typeInto(first.page, first.page.getByLabel('Email address'), 'someone@example.org');
    await activate(first.page, first.page.getByRole('button', { name: 'Send reset link' }));
    await first.page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();

    const second = await openPage(browser, t.url);
    await second.page.goto('/forgot-password');
    await typeInto(second.page, second.page.getByLabel('Email address'), 'someone-else@example.org');
    await activate(second.page, second.page.getByRole('button', { name: 'Send reset link' }));
    const alert = second.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Too many attempts. Try again in 60 minutes.');
    await second.page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    expect(await axeViolations(second.page)).toEqual([]);
  });
});
