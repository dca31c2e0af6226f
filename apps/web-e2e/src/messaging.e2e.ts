import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, seriousA11yViolations } from './support/browser.js';
import { chatMembers, newDevicePage } from './support/chat-members.js';
import type { Person } from './support/demo-members.js';
import { type Portal, type PrintedLogin, startPortal } from './support/portal-server.js';
import { signIn } from './support/sign-in.js';

/** What Chromium logs while the test itself cut the network (setOffline): expected, not a fault. */
const OFFLINE_NOISE =
  /ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|ERR_NAME_NOT_RESOLVED|WebSocket connection to .* failed/;

/**
 * Messaging in real browsers against the production build and the demo community: member A and
 * member B chat in a direct conversation; B's link drops (the browser context goes offline), B
 * writes two messages that wait as pending, the link comes back; A receives both exactly once, in
 * order, and B sees them read. Also: axe, no console errors, and a 360 px phone screen.
 */
describe('messaging in the browser', () => {
  let portal: Portal;
  let browser: Browser;
  let memberLogin: PrintedLogin;
  let aPerson: Person;
  let b: Person;
  const errors: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    ({ memberLogin, aPerson, b } = await chatMembers(portal));
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  function newPage(width = 1280): Promise<{ page: Page; context: BrowserContext }> {
    return newDevicePage(browser, portal, errors, width, OFFLINE_NOISE);
  }

  /** The texts of the conversation's messages, in the order shown. */
  function texts(page: Page): Promise<string[]> {
    return page
      .getByRole('log')
      .locator('.messaging-message__text')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  }

  it('two members chat; one goes offline, writes twice, comes back; both arrive once, in order, and are read', async () => {
    const { page: a, context: aContext } = await newPage();
    await signIn(a, memberLogin.email, memberLogin.password);
    const { page: bPage, context: bContext } = await newPage(360);
    await signIn(bPage, b.email, memberLogin.password);

    // A starts (or finds) the direct conversation with B from the directory search.
    await a.goto('/messages');
    await a.getByRole('heading', { level: 2, name: 'Conversations' }).waitFor();
    expect(await seriousA11yViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'New conversation' }).click();
    const dialog = a.getByRole('dialog', { name: 'New conversation' });
    await dialog.getByRole('searchbox', { name: 'Find a member' }).fill(b.fullName.split(' ')[0]!);
    await dialog.getByRole('button', { name: `Choose ${b.fullName}` }).click();
    await dialog.getByRole('button', { name: 'Start the conversation' }).click();
    await a.waitForURL('**/messages/*');
    const conversationUrl = new URL(a.url()).pathname;
    await a.getByRole('heading', { level: 2, name: b.fullName }).waitFor();

    // B opens it on a phone screen: first the list alone, then the conversation alone with the
    // way back to the list.
    await bPage.goto('/messages');
    const bList = bPage.getByRole('region', { name: 'Conversations' });
    await bList.getByRole('link', { name: new RegExp(aPerson.fullName) }).waitFor();
    expect(await bPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousA11yViolations(bPage)).toEqual([]);
    await bList.getByRole('link', { name: new RegExp(aPerson.fullName) }).click();
    await bPage.waitForURL(`**${conversationUrl}`);
    await bPage.getByRole('heading', { level: 2, name: aPerson.fullName }).waitFor();
    expect(await bList.isVisible()).toBe(false);
    await bPage.getByRole('link', { name: /All conversations/ }).waitFor();
    expect(await bPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousA11yViolations(bPage)).toEqual([]);

    // A writes; B sees it live; A sees it read by B.
    const hello = `Did the courier parcel reach Dakar? ${Date.now()}`;
    const aBox = a.getByRole('textbox', { name: 'Message' });
    await aBox.fill(hello);
    await aBox.press('Enter');
    await bPage.getByRole('log').getByText(hello).waitFor();
    await a.getByRole('article', { name: 'You' }).filter({ hasText: hello }).getByText('Read').waitFor();

    // B's link drops: two messages wait, pending.
    await bContext.setOffline(true);
    await bPage.getByText(/You are offline/).waitFor();
    const first = `It did, sealed bag 4471. ${Date.now()}`;
    const second = `The frame is at the lab now. ${Date.now()}`;
    const bBox = bPage.getByRole('textbox', { name: 'Message' });
    await bBox.fill(first);
    await bBox.press('Enter');
    await bBox.fill(second);
    await bBox.press('Enter');
    const pending = bPage.getByRole('log').getByText('Waiting to send');
    await expect(pending.count()).resolves.toBe(2);
    await a.waitForTimeout(1500);
    expect((await texts(a)).filter((text) => text === first || text === second)).toEqual([]);

    // The link is back: A gets both, once each, in order; B sees them read.
    await bContext.setOffline(false);
    await a.getByRole('log').getByText(second).waitFor();
    await bPage.getByRole('log').getByText('Waiting to send').first().waitFor({ state: 'detached' });
    const shown = (await texts(a)).filter((text) => text === first || text === second);
    expect(shown).toEqual([first, second]);
    for (const text of [first, second]) {
      await bPage.getByRole('article', { name: 'You' }).filter({ hasText: text }).getByText('Read').waitFor();
    }

    // After a reload B still has each message once (no duplicate from the outbox).
    await bPage.reload();
    await bPage.getByRole('log').getByText(second).waitFor();
    const afterReload = (await texts(bPage)).filter((text) => text === first || text === second);
    expect(afterReload).toEqual([first, second]);
    expect(await bPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The messages page is axe-clean with a conversation open.
    expect(await seriousA11yViolations(a)).toEqual([]);

    // Elsewhere in the portal, A's navigation counts a new message live.
    await a
      .getByRole('link', { name: /^Discussions/ })
      .first()
      .click();
    await a.waitForURL('**/discussions');
    await bBox.fill(`One more thing. ${Date.now()}`);
    await bBox.press('Enter');
    await a.getByRole('link', { name: /^Messages\s*unread: \d+$/ }).waitFor();

    // In Arabic the page reads right to left, still without overflow on the phone.
    await bPage.evaluate(() => localStorage.setItem('cop.lang', 'ar'));
    await bPage.reload();
    await bPage.getByRole('heading', { level: 1, name: 'الرسائل' }).waitFor();
    await bPage.getByRole('log').getByText(second).waitFor();
    expect(await bPage.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await bPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousA11yViolations(bPage)).toEqual([]);

    await aContext.close();
    await bContext.close();
    expect(errors).toEqual([]);
  }, 150_000);
});
