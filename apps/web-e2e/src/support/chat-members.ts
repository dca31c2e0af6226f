import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchErrors } from './browser.js';
import { activeMembers, type Person } from './demo-members.js';
import { demoLogins, type Portal, type PrintedLogin } from './portal-server.js';

/**
 * Who plays whom in the messaging scenarios: A is the printed demo MEMBER login, B another active
 * demo member (Koffi Mensah-Bamba when present), both with the demo password.
 */
export async function chatMembers(
  portal: Portal,
): Promise<{ memberLogin: PrintedLogin; aPerson: Person; b: Person }> {
  const logins = demoLogins(portal.output());
  const memberLogin = logins.find((l) => l.role === 'MEMBER')!;
  const admin = logins.find((l) => l.role === 'ADMIN')!;
  const members = await activeMembers(portal.url, admin);
  const aPerson = members.find((m) => m.email === memberLogin.email)!;
  const others = members.filter((m) => m.email !== memberLogin.email);
  const b = others.find((m) => m.fullName === 'Koffi Mensah-Bamba') ?? others[0]!;
  return { memberLogin, aPerson, b };
}

/**
 * A new browser context (a device of its own) on the portal, `width` pixels wide; console errors
 * of its pages not matching `ignore` are added to `errors` when a page closes.
 */
export async function newDevicePage(
  browser: Browser,
  portal: Portal,
  errors: string[],
  width = 1280,
  ignore?: RegExp,
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ baseURL: portal.url, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const seen = watchErrors(page);
  page.on('close', () => errors.push(...seen.filter((e) => !ignore?.test(e))));
  return { page, context };
}
