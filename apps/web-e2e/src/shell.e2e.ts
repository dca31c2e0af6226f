import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, seriousA11yViolations, watchErrors } from './support/browser.js';
import { demoLogins, type Portal, type PrintedLogin, ROOT, startPortal } from './support/portal-server.js';

const locale = (lng: string) =>
  JSON.parse(readFileSync(join(ROOT, `apps/web/src/i18n/locales/${lng}/common.json`), 'utf8')) as {
    nav: Record<string, string>;
    home: { title: string };
    shell: { primaryNavigation: string };
  };
const en = locale('en');
const ar = locale('ar');
const enJit = JSON.parse(readFileSync(join(ROOT, 'apps/web/src/i18n/locales/en/jit.json'), 'utf8')) as {
  mfa: { title: string };
};

describe('the portal shell in a real browser (production build)', () => {
  let portal: Portal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let member: PrintedLogin;

  beforeAll(async () => {
    portal = await startPortal();
    member = demoLogins(portal.output()).find((l) => l.role === 'MEMBER')!;
    browser = await launchChromium();
  });

  /** Signs the demo member in (members need no second factor). */
  async function signIn(): Promise<void> {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(member.email);
    await page.getByLabel('Password', { exact: true }).fill(member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: portal.url });
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await context.close();
  });

  it('greets a visitor with the home page, sign-in and application, and nothing of the members\u2019 areas', async () => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('h1').textContent()).resolves.toBe(en.home.title);
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    const nav = page.getByRole('navigation', { name: en.shell.primaryNavigation });
    expect(await nav.getByRole('link', { name: en.nav.directory, exact: true }).count()).toBe(0);
    await page.getByText('Operational', { exact: false }).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto('/directory');
    await page.waitForURL('**/sign-in?next=%2Fdirectory');
  });

  it('shows a signed-in member every area, live system status, and no accessibility violations', async () => {
    await signIn();
    await page.goto('/');
    await expect(page.locator('h1').textContent()).resolves.toBe(en.home.title);
    const nav = page.getByRole('navigation', { name: en.shell.primaryNavigation });
    expect(await nav.getByRole('link', { name: en.nav.admin, exact: true }).count()).toBe(0);
    for (const key of ['discussions', 'caseLaw', 'jit', 'directory']) {
      await nav.getByRole('link', { name: en.nav[key], exact: true }).waitFor();
    }
    // The demo member has unread messages: the link's name goes on with the badge ("Messages unread: 3").
    await nav.getByRole('link', { name: startsWith(en.nav.messages) }).waitFor();
    await page.getByText('Operational', { exact: false }).first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('navigates between areas, and a deep link is served by the app', async () => {
    await signIn();
    await page.goto('/');
    await page.getByRole('link', { name: en.nav.caseLaw, exact: true }).click();
    await page.waitForURL('**/case-law');
    await expect(page.locator('h1').textContent()).resolves.toBe(en.nav.caseLaw);

    // The demo member has no second factor: JIT workspaces send them to set one up first.
    const deep = await page.goto('/jit');
    expect(deep?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(enJit.mfa.title);
  });

  it('starts with the skip link for keyboard users', async () => {
    await page.goto('/');
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#main');
  });

  it('switches to Arabic: right-to-left, Arabic navigation, remembered after reload, still accessible', async () => {
    await signIn();
    await page.goto('/');
    await page.getByRole('combobox').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    const nav = page.getByRole('navigation').first();
    await nav.getByRole('link', { name: ar.nav.caseLaw, exact: true }).waitFor();
    await nav.getByRole('link', { name: ar.nav.directory, exact: true }).waitFor();

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page
      .getByRole('link', { name: startsWith(ar.nav.messages) })
      .first()
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('works on a narrow phone screen: the menu opens from a button and closes with Escape', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn();
    await page.goto('/');
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await menu.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: en.nav.discussions, exact: true }).waitFor({ state: 'visible' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('answers an unknown address with the not-found page', async () => {
    await page.goto('/no/such/place');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('h1').textContent()).not.toBe(en.home.title);
  });
});

/** A link's accessible name that starts with this label (a badge may follow it). */
function startsWith(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
