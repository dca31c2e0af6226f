import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, seriousA11yViolations, watchErrors } from './support/browser.js';
import { demoLogins, type Portal, type PrintedLogin, startPortal } from './support/portal-server.js';

/**
 * The whole way in, in a real browser against the production build: apply → confirm by the link
 * in the outbox → a moderator (signed in with a TOTP code computed here) approves → the applicant
 * sets a password, signs in, turns on two-step verification and reaches the directory.
 */
describe('membership in the browser', () => {
  let portal: Portal;
  let browser: Browser;
  let admin: PrintedLogin;
  let moderator: PrintedLogin;
  const errors: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    const logins = demoLogins(portal.output());
    admin = logins.find((l) => l.role === 'ADMIN')!;
    moderator = logins.find((l) => l.role === 'MODERATOR')!;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: portal.url });
    const page = await context.newPage();
    errors.push(...watchErrors(page));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    return page;
  }

  async function signInWithTotp(page: Page, login: PrintedLogin): Promise<void> {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(login.email);
    await page.getByLabel('Password', { exact: true }).fill(login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/sign-in/verify');
    await page.getByLabel('Code from the app').fill(await generate({ secret: login.totpSecret! }));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }

  /** Opens the newest outbox message whose subject matches, as the admin, and returns its first link. */
  async function linkFromOutbox(page: Page, subject: RegExp, linkPath: string): Promise<string> {
    await page.goto('/admin/outbox');
    await page.getByRole('link', { name: subject }).first().click();
    const link = page.locator(`a[href*="${linkPath}"]`).first();
    await link.waitFor();
    return (await link.getAttribute('href'))!;
  }

  it('takes an applicant from the application form to the directory', async () => {
    const applicant = await newPage();
    await applicant.goto('/apply');
    expect(await seriousA11yViolations(applicant)).toEqual([]);
    await applicant.getByLabel('Full name').fill('Kwadwo Asante');
    await applicant.getByLabel('Work e-mail').fill('kwadwo.asante@police.example');
    await applicant.getByLabel('Country').selectOption('GH');
    await applicant.getByLabel('Institution').fill('Ghana Police Service, CID Headquarters');
    await applicant.getByLabel('Practitioner type').selectOption('INVESTIGATOR');
    await applicant.getByLabel('Position').fill('Detective superintendent');
    await applicant.getByRole('checkbox', { name: 'English' }).check();
    await applicant
      .getByLabel('Why do you want to join?')
      .fill('I investigate pistol smuggling through the Tema port and need counterparts in the region.');
    await applicant.getByRole('button', { name: 'Send application' }).click();
    await applicant.getByRole('heading', { name: 'Check your e-mail' }).waitFor();

    const adminPage = await newPage();
    await signInWithTotp(adminPage, admin);
    const confirmLink = await linkFromOutbox(adminPage, /Confirm your e-mail/, '/confirm-email');
    await applicant.goto(confirmLink);
    await applicant.getByRole('heading', { name: 'Your e-mail address is confirmed' }).waitFor();

    const moderatorPage = await newPage();
    await signInWithTotp(moderatorPage, moderator);
    await moderatorPage.goto('/admin/vetting');
    await moderatorPage.getByRole('button', { name: 'Approve the application of Kwadwo Asante' }).click();
    await moderatorPage.getByText('Kwadwo Asante is approved').first().waitFor();
    expect(await seriousA11yViolations(moderatorPage)).toEqual([]);

    const setPasswordLink = await linkFromOutbox(adminPage, /approved/, '/set-password');
    await applicant.goto(setPasswordLink);
    await applicant.getByLabel('New password', { exact: true }).fill('Tema harbour lanterns 2026');
    await applicant.getByLabel('Repeat the new password').fill('Tema harbour lanterns 2026');
    await applicant.getByRole('button', { name: 'Save password' }).click();
    await applicant.getByText('Your password is saved. Sign in with it.').waitFor();

    await applicant.getByLabel('E-mail').fill('kwadwo.asante@police.example');
    await applicant.getByLabel('Password', { exact: true }).fill('Tema harbour lanterns 2026');
    await applicant.getByRole('button', { name: 'Sign in' }).click();
    await applicant.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    await applicant.goto('/security/two-factor');
    await applicant.getByRole('button', { name: 'Set up two-step verification' }).click();
    const setupKey = await applicant.getByRole('textbox', { name: 'Setup key' }).inputValue();
    await applicant
      .getByLabel('Code from the app')
      .fill(await generate({ secret: setupKey.replace(/\s+/g, '') }));
    await applicant.getByRole('button', { name: 'Turn on two-step verification' }).click();
    const codes = applicant.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    const continueButton = applicant.getByRole('button', { name: 'Continue' });
    expect(await continueButton.isDisabled()).toBe(true);
    await applicant.getByRole('checkbox', { name: 'I have stored my recovery codes' }).check();
    await continueButton.click();

    await applicant
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Directory' })
      .click();
    await applicant.waitForURL('**/directory');
    await applicant.getByText('Awa Ndiaye').first().waitFor();
    expect(await seriousA11yViolations(applicant)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
