import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/sign-in.js';
import { launchChromium, seriousA11yViolations, watchErrors } from './support/browser.js';
import { activeMembers, type Person } from './support/demo-members.js';
import { demoLogins, type Portal, type PrintedLogin, startPortal } from './support/portal-server.js';

/**
 * Case discussion in real browsers against the production build and the demo community: member A
 * starts a thread with an attachment and a mention; the mentioned member B sees the notification
 * arrive live in another browser context and replies; A sees the reply arrive; member C flags the
 * reply; a moderator hides it from the moderation queue; A sees the notice instead of the text.
 */
describe('case discussion in the browser', () => {
  let portal: Portal;
  let browser: Browser;
  let memberLogin: PrintedLogin;
  let moderator: PrintedLogin;
  let aPerson: Person;
  let b: Person;
  let c: Person;
  const errors: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    const logins = demoLogins(portal.output());
    memberLogin = logins.find((l) => l.role === 'MEMBER')!;
    moderator = logins.find((l) => l.role === 'MODERATOR')!;
    const admin = logins.find((l) => l.role === 'ADMIN')!;
    const members = await activeMembers(portal.url, admin);
    aPerson = members.find((m) => m.email === memberLogin.email)!;
    const others = members.filter((m) => m.email !== memberLogin.email);
    [b, c] = [others[0]!, others[1]!];
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function newPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({ baseURL: portal.url, viewport: { width, height: 900 } });
    const page = await context.newPage();
    errors.push(...watchErrors(page));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    return page;
  }

  it('mention, live notification, reply, flag, hide', async () => {
    const a = await newPage();
    await signIn(a, memberLogin.email, memberLogin.password);
    const bPage = await newPage(360);
    await signIn(bPage, b.email, memberLogin.password);
    await bPage.goto('/discussions');
    const bell = bPage.getByRole('link', { name: /^Notifications/ });
    await bell.waitFor();
    const before = await bell.getAttribute('aria-label');

    // A starts a thread with an attachment and a mention picked with the keyboard.
    await a.goto('/discussions/new');
    await a
      .getByRole('combobox', { name: 'Category' })
      .selectOption({ label: 'Converted and reactivated weapons' });
    const title = 'Flobert conversions seen at the Kapıkule crossing';
    await a.getByRole('textbox', { name: 'Title' }).fill(title);
    const message = a.getByRole('combobox', { name: 'Message' });
    await message.click();
    await message.pressSequentially(
      `Has anyone proven a conversion like this? @${b.fullName.split(' ')[0]!.slice(0, 4)}`,
    );
    await a
      .getByRole('listbox', { name: 'Members to mention' })
      .getByRole('option', { name: b.fullName })
      .waitFor();
    await message.press('Enter');
    await message.pressSequentially(' you worked on a similar case.');
    await a.locator('input[type="file"]').setInputFiles({
      name: 'ballistics-note.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    // The form waits for the upload to finish before it can be sent.
    await a.locator('button:enabled', { hasText: 'Publish the thread' }).waitFor();
    await a.getByRole('button', { name: 'Publish the thread' }).click();
    await a.waitForURL('**/discussions/t/**');
    await a.getByRole('article', { name: `Opening post by ${aPerson.fullName}` }).waitFor();
    await a.getByRole('link', { name: 'ballistics-note.pdf' }).first().waitFor();
    await a.getByRole('link', { name: b.fullName }).first().waitFor();
    expect(await seriousA11yViolations(a)).toEqual([]);

    // B is told at once, without reloading, and answers from the notification.
    await bPage.waitForFunction(
      (previous) => document.querySelector('a.notification-bell')?.getAttribute('aria-label') !== previous,
      before,
    );
    await bell.click();
    await bPage
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .click();
    await bPage.waitForURL('**/discussions/t/**');
    const reply = bPage.getByRole('combobox', { name: 'Your reply' });
    await reply.fill('Yes: we test-fired it and the expert matched the rifling to the replacement barrel.');
    await bPage.getByRole('button', { name: 'Post reply' }).click();
    const bReply = `Post 2 by ${b.fullName}`;
    await bPage.getByRole('article', { name: bReply }).waitFor();

    // A sees the reply arrive live.
    await a.getByRole('article', { name: bReply }).getByText('test-fired').waitFor();

    // C flags the reply.
    const cPage = await newPage();
    await signIn(cPage, c.email, memberLogin.password);
    await cPage.goto(a.url());
    await cPage.getByRole('article', { name: bReply }).getByRole('button', { name: 'Flag' }).click();
    const flag = cPage.getByRole('dialog', { name: 'Flag this post' });
    await flag.getByRole('textbox', { name: 'Reason' }).fill('It names the expert who testified.');
    await flag.getByRole('button', { name: 'Send the flag' }).click();
    await cPage.getByText('You flagged this post').first().waitFor();

    // A moderator hides it from the queue.
    const mod = await newPage();
    await signIn(mod, moderator.email, moderator.password, moderator.totpSecret);
    await mod.goto('/discussions/moderation');
    const item = mod.getByRole('article', { name: new RegExp(`Post 2 in .${title}.`) });
    await item.getByText('It names the expert who testified.').waitFor();
    expect(await seriousA11yViolations(mod)).toEqual([]);
    await item.getByRole('button', { name: 'Hide post' }).click();
    const hide = mod.getByRole('dialog', { name: 'Hide post 2' });
    await hide.getByRole('textbox', { name: 'Reason' }).fill('Protects a witness.');
    await hide.getByRole('button', { name: 'Hide the post' }).click();
    await mod.getByText('The post is hidden.').first().waitFor();

    // A sees the notice instead of the text, without reloading.
    const hidden = a.getByRole('article', { name: bReply });
    await hidden.getByText('Hidden by a moderator').waitFor();
    expect(await hidden.getByText('test-fired').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
