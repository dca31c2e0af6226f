import { readFile } from 'node:fs/promises';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { signIn as signInAs } from './support/sign-in.js';
import { launchChromium, seriousA11yViolations, watchErrors } from './support/browser.js';
import { activeMembers, type Person } from './support/demo-members.js';
import { demoLogins, type Portal, type PrintedLogin, startPortal } from './support/portal-server.js';

/** A small but real PDF: the upload's type is sniffed from the bytes. */
const REPORT_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%% Ballistics comparison, seized Glock 17 conversions, lot 4\n%%EOF\n',
);

/**
 * A JIT workspace in real browsers, on the demo community: Yao Agbeko (Togo, a demo JIT member
 * with a second factor) sets up a workspace with Brazil, adds Rafael Nogueira Lima as Brazil's
 * leader and Awa Ndiaye as an observer. Rafael uploads evidence; Yao downloads it and finds the
 * download in the chain of custody; Yao files an MLA request and Rafael marks it acknowledged.
 * Awa, who has no second factor yet, is sent to set one up, then reads the workspace without
 * being able to add evidence. The administrator, who is not a member, follows a copied URL and
 * gets "not found". Also: axe, no console errors, and a 360 px phone screen.
 */
describe('JIT workspaces in the browser', () => {
  let portal: Portal;
  let browser: Browser;
  let admin: PrintedLogin;
  let observerLogin: PrintedLogin;
  let yaoLogin: PrintedLogin;
  let rafaelLogin: PrintedLogin;
  let people: Person[];
  const errors: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    const logins = demoLogins(portal.output());
    admin = logins.find((l) => l.role === 'ADMIN')!;
    observerLogin = logins.find((l) => l.role === 'MEMBER')!;
    yaoLogin = logins.find((l) => l.email.startsWith('yao.agbeko@'))!;
    rafaelLogin = logins.find((l) => l.email.startsWith('rafael.nogueira.lima@'))!;
    people = await activeMembers(portal.url, admin);
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const nameOf = (login: PrintedLogin) => people.find((p) => p.email === login.email)!.fullName;

  async function newPage(width = 1280, signedInAs?: Page): Promise<Page> {
    const context = await browser.newContext({
      baseURL: portal.url,
      viewport: { width, height: 900 },
      acceptDownloads: true,
      // The same session as another page (a TOTP code cannot be given twice in its 30 s window).
      ...(signedInAs ? { storageState: await signedInAs.context().storageState() } : {}),
    });
    const page = await context.newPage();
    const seen = watchErrors(page);
    page.on('close', () => errors.push(...seen));
    return page;
  }

  const signIn = (page: Page, login: PrintedLogin) =>
    signInAs(page, login.email, login.password, login.totpSecret);

  async function addCountry(page: Page, code: string): Promise<void> {
    await page.getByRole('combobox', { name: 'Participating countries' }).selectOption(code);
    await page.getByRole('button', { name: 'Add the country' }).click();
  }

  async function addMember(page: Page, person: string, role: string, country: string): Promise<void> {
    await page.getByRole('searchbox', { name: 'Find a member to add' }).fill(person.split(' ')[0]!);
    await page.getByRole('button', { name: `Choose ${person}` }).click();
    await page.getByRole('combobox', { name: 'Role' }).selectOption(role);
    await page.getByRole('combobox', { name: 'Country' }).selectOption(country);
    await page.getByRole('button', { name: 'Add to the workspace' }).click();
    await page.getByText(`${person} was added.`).first().waitFor();
  }

  it('runs a joint investigation between Togo and Brazil with need-to-know', async () => {
    const rafael = nameOf(rafaelLogin);
    const observer = nameOf(observerLogin);

    // Yao sets up the workspace and becomes Togo's leader.
    const yao = await newPage();
    await signIn(yao, yaoLogin);
    await yao.goto('/jit');
    await yao.getByRole('link', { name: 'New workspace' }).click();
    await yao.getByRole('textbox', { name: 'Name' }).fill('Operation Atlantic Lot 4');
    await addCountry(yao, 'TG');
    await addCountry(yao, 'BR');
    await yao.getByLabel('Agreement signed on').fill('2026-11-02');
    await yao.getByLabel('Agreement ends on').fill('2027-11-01');
    await yao.getByRole('combobox', { name: 'I represent' }).selectOption('TG');
    expect(await seriousA11yViolations(yao)).toEqual([]);
    await yao.getByRole('button', { name: 'Create workspace' }).click();
    await yao.waitForURL('**/overview');
    await yao.getByRole('heading', { level: 1, name: 'Operation Atlantic Lot 4' }).waitFor();
    const workspaceUrl = new URL(yao.url()).pathname;
    const base = workspaceUrl.replace(/\/overview$/, '');

    // Brazil's leader and an observer (representing Togo).
    await yao
      .getByRole('navigation', { name: 'Workspace sections' })
      .getByRole('link', { name: 'Members' })
      .click();
    await addMember(yao, rafael, 'LEADER', 'BR');
    await addMember(yao, observer, 'OBSERVER', 'TG');
    const members = yao.getByRole('table', { name: 'Members of the workspace' });
    await members.getByText(rafael).waitFor();
    await members.getByText(observer).waitFor();
    expect(await seriousA11yViolations(yao)).toEqual([]);

    // Rafael uploads the ballistics report.
    const rafaelPage = await newPage();
    await signIn(rafaelPage, rafaelLogin);
    await rafaelPage.goto('/jit');
    await rafaelPage.getByRole('link', { name: 'Operation Atlantic Lot 4' }).click();
    await rafaelPage
      .getByRole('navigation', { name: 'Workspace sections' })
      .getByRole('link', { name: 'Evidence' })
      .click();
    await rafaelPage.getByRole('link', { name: 'Add evidence' }).click();
    await rafaelPage.locator('[data-testid=attachment-input]').setInputFiles({
      name: 'ballistics-lot-4.pdf',
      mimeType: 'application/pdf',
      buffer: REPORT_PDF,
    });
    await rafaelPage.getByText('Uploaded').first().waitFor();
    await rafaelPage.getByRole('textbox', { name: 'Title' }).fill('Ballistics comparison, lot 4');
    await rafaelPage.getByRole('combobox', { name: 'Type' }).selectOption('FORENSIC_REPORT');
    await rafaelPage.getByRole('combobox', { name: 'Country of origin' }).selectOption('BR');
    await rafaelPage.getByRole('button', { name: 'Add to the register' }).click();
    await rafaelPage.getByRole('heading', { level: 2, name: /Ballistics comparison, lot 4/ }).waitFor();
    expect(await seriousA11yViolations(rafaelPage)).toEqual([]);

    // Yao downloads it and finds the download in the chain of custody.
    await yao.goto(`${base}/evidence`);
    await yao
      .getByRole('table', { name: 'Evidence register' })
      .getByRole('link', { name: /Ballistics comparison, lot 4/ })
      .click();
    const [download] = await Promise.all([
      yao.waitForEvent('download'),
      yao.getByRole('link', { name: 'Download the file' }).click(),
    ]);
    expect(await readFile((await download.path())!)).toEqual(REPORT_PDF);
    await yao.reload();
    const custody = yao.getByRole('table', { name: /Chain of custody of item/ });
    await custody.getByText('Downloaded').first().waitFor();
    await custody.getByText('Uploaded').first().waitFor();
    expect(await custody.getByText(rafael).count()).toBeGreaterThan(0);

    // Yao files an MLA request to Brazil; Rafael marks it acknowledged.
    await yao.goto(`${base}/requests`);
    await yao.getByRole('link', { name: 'New request' }).click();
    await yao.getByRole('combobox', { name: 'Type' }).selectOption('MLA');
    await yao
      .getByRole('textbox', { name: 'Subject' })
      .fill('Bank records of the freight forwarder in Santos');
    const requesting = yao.getByRole('group', { name: 'Requesting side' });
    await requesting.getByRole('combobox', { name: 'Country' }).selectOption('TG');
    const requested = yao.getByRole('group', { name: 'Requested side' });
    await requested.getByRole('combobox', { name: 'Country' }).selectOption('BR');
    await yao.getByRole('button', { name: 'Create the request' }).click();
    await yao
      .getByRole('heading', { level: 2, name: 'Bank records of the freight forwarder in Santos' })
      .waitFor();
    const requestPath = new URL(yao.url()).pathname;

    await rafaelPage.goto(requestPath);
    await rafaelPage.getByRole('combobox', { name: 'New status' }).selectOption('ACKNOWLEDGED');
    await rafaelPage
      .getByRole('textbox', { name: 'Comment (optional)' })
      .fill('Received by the central authority.');
    await rafaelPage.getByRole('button', { name: 'Save the status' }).click();
    await rafaelPage.getByText('The status is changed.').first().waitFor();
    await yao.reload();
    await yao
      .getByText(/to Acknowledged/)
      .first()
      .waitFor();

    // The observer has no second factor yet: sent to set one up, then reads without adding.
    const awa = await newPage();
    await signIn(awa, observerLogin);
    await awa.goto(workspaceUrl);
    await awa
      .getByRole('heading', { level: 1, name: 'Set up a second factor to open JIT workspaces' })
      .waitFor();
    await awa.getByRole('link', { name: 'Set up a second factor' }).click();
    await awa.waitForURL('**/security/two-factor');
    await awa.getByRole('button', { name: 'Set up two-step verification' }).click();
    const setupKey = await awa.getByRole('textbox', { name: 'Setup key' }).inputValue();
    await awa.getByLabel('Code from the app').fill(await generate({ secret: setupKey.replace(/\s+/g, '') }));
    await awa.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await awa.getByRole('checkbox', { name: 'I have stored my recovery codes' }).check();
    await awa.getByRole('button', { name: 'Continue' }).click();
    await awa.goto(`${base}/evidence`);
    await awa
      .getByRole('table', { name: 'Evidence register' })
      .getByText(/Ballistics comparison, lot 4/)
      .waitFor();
    await awa
      .getByText('You are an observer: you can read this workspace but not change it.')
      .first()
      .waitFor();
    expect(await awa.getByRole('link', { name: 'Add evidence' }).count()).toBe(0);
    await awa.goto(`${base}/evidence/new`);
    await awa.getByText('You can read this workspace but not change it.').first().waitFor();
    expect(await awa.locator('[data-testid=attachment-input]').count()).toBe(0);

    // The administrator is not a member: a copied URL is "not found", like a missing workspace.
    const adminPage = await newPage();
    await signIn(adminPage, admin);
    await adminPage.goto(workspaceUrl);
    await adminPage.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await adminPage.getByText('Operation Atlantic Lot 4').count()).toBe(0);
    await adminPage.goto('/jit');
    expect(await adminPage.getByText('Operation Atlantic Lot 4').count()).toBe(0);

    // On a phone screen the workspace still fits and its sections stay reachable.
    const phone = await newPage(360, rafaelPage);
    await phone.goto(`${base}/requests`);
    await phone.getByText('Bank records of the freight forwarder in Santos').first().waitFor();
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(phone)).toEqual([]);

    for (const page of [yao, rafaelPage, awa, adminPage, phone]) await page.close();
    expect(errors).toEqual([]);
  }, 240_000);
});
