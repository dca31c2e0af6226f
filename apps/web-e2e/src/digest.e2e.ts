import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/sign-in.js';
import { launchChromium, seriousA11yViolations, watchErrors } from './support/browser.js';
import { activeMembers, type Person } from './support/demo-members.js';
import { demoLogins, type Portal, type PrintedLogin, startPortal } from './support/portal-server.js';

const TITLE = 'Blank-firing pistols converted in a Marsaxlokk boatyard';

/**
 * The case-law digest in real browsers, on the demo community: a member proposes a case; a
 * moderator returns it with a comment; the member fixes it and submits it again; the moderator
 * publishes it; another member finds it by a facet and by full text, reads it in French (falling
 * back to the English original) and exports it as RIS. Also: axe and no console errors.
 */
describe('the case-law digest in the browser', () => {
  let portal: Portal;
  let browser: Browser;
  let moderator: PrintedLogin;
  let author: PrintedLogin;
  let reader: Person;
  const errors: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    const logins = demoLogins(portal.output());
    moderator = logins.find((l) => l.role === 'MODERATOR')!;
    author = logins.find((l) => l.role === 'MEMBER')!;
    const admin = logins.find((l) => l.role === 'ADMIN')!;
    const members = await activeMembers(portal.url, admin);
    reader = members.find((m) => m.fullName === 'Koffi Mensah-Bamba') ?? members[1]!;
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: portal.url, acceptDownloads: true });
    const page = await context.newPage();
    const seen = watchErrors(page);
    page.on('close', () => errors.push(...seen));
    return page;
  }

  it('takes a proposed case through review to a member who finds, reads and cites it', async () => {
    // The member proposes a case.
    const awa = await newPage();
    await signIn(awa, author.email, author.password);
    await awa.goto('/case-law');
    await awa.getByRole('link', { name: 'Propose a case' }).click();
    await awa.waitForURL('**/case-law/new');
    await awa.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await awa.getByRole('combobox', { name: 'Country' }).selectOption('MT');
    await awa.getByRole('textbox', { name: 'Court' }).fill('Court of Criminal Appeal, Valletta');
    await awa.getByRole('combobox', { name: 'Court level' }).selectOption('FIRST_INSTANCE');
    await awa.getByLabel('Decision date').fill('2024-05-14');
    await awa
      .getByRole('textbox', { name: 'Summary' })
      .fill(
        'Two brothers converted Turkish-made blank-firing pistols in a Marsaxlokk boatyard and sold them ' +
          'through a messaging channel; the court treated the conversion as illicit manufacturing.',
      );
    await awa
      .getByRole('textbox', { name: 'Facts' })
      .fill('Customs intercepted parcels of blank-firing pistols; a search found drilling jigs and barrels.');
    await awa
      .getByRole('textbox', { name: 'Legal reasoning' })
      .fill('Removing the barrel obstruction makes a firearm: the court applied the Protocol definition.');
    await awa.getByRole('checkbox', { name: 'Illicit trafficking' }).check();
    await awa
      .getByRole('group', { name: 'Firearms Protocol articles' })
      .getByRole('checkbox', { name: 'Article 5' })
      .check();
    await awa.getByRole('combobox', { name: 'Outcome' }).selectOption('CONVICTION');
    await awa.getByRole('button', { name: 'Submit for review' }).click();
    await awa.waitForURL(/\/case-law\/cases\/[0-9a-f-]{36}/);
    const casePath = new URL(awa.url()).pathname;

    // The moderator returns it with a comment.
    const mod = await newPage();
    await signIn(mod, moderator.email, moderator.password, moderator.totpSecret);
    await mod.goto('/case-law/review');
    const actions = mod.getByRole('group', { name: `Actions on ${TITLE}` });
    await actions.getByRole('button', { name: 'Return to the author' }).click();
    await mod.getByRole('textbox', { name: 'Comment to the author' }).fill('Please add the weapons seized.');
    await mod.getByRole('button', { name: 'Return with this comment' }).click();
    await mod.getByRole('group', { name: `Actions on ${TITLE}` }).waitFor({ state: 'detached' });
    expect(await seriousA11yViolations(mod)).toEqual([]);

    // The member reads the comment, fixes the record and submits it again.
    await awa.goto('/case-law/mine');
    await awa.getByRole('link', { name: TITLE }).click();
    await awa.getByText('Please add the weapons seized.').first().waitFor();
    await awa.getByRole('link', { name: 'Edit' }).click();
    await awa.waitForURL('**/edit');
    await awa
      .getByRole('textbox', { name: 'Facts' })
      .fill(
        'Customs intercepted parcels of blank-firing pistols; a search found drilling jigs, barrels and ' +
          'fourteen converted pistols ready for sale.',
      );
    await awa.getByRole('button', { name: 'Submit for review' }).click();
    await awa.waitForURL((url) => url.pathname === casePath);

    // The moderator publishes it.
    await mod.goto('/case-law/review');
    await mod
      .getByRole('group', { name: `Actions on ${TITLE}` })
      .getByRole('button', { name: 'Publish' })
      .click();
    await mod.getByRole('group', { name: `Actions on ${TITLE}` }).waitFor({ state: 'detached' });

    // Another member finds it by a facet, then by full text.
    const koffi = await newPage();
    await signIn(koffi, reader.email, author.password);
    await koffi.goto('/case-law');
    // Ticking a facet moves the search into the URL (a stable link) and reloads the results.
    await koffi
      .getByRole('group', { name: 'Country' })
      .getByRole('checkbox', { name: /^Malta/ })
      .click();
    await koffi.waitForURL(/country=MT/);
    await koffi.getByRole('link', { name: TITLE }).waitFor();
    await koffi.goto('/case-law');
    await koffi.getByRole('searchbox', { name: 'Search text' }).fill('Marsaxlokk boatyard');
    await koffi.getByRole('button', { name: 'Search' }).click();
    await koffi.waitForURL(/q=Marsaxlokk/);
    expect(await seriousA11yViolations(koffi)).toEqual([]);
    await koffi.getByRole('link', { name: TITLE }).click();
    await koffi.waitForURL((url) => url.pathname === casePath);

    // It reads in French, falling back to the English original where there is no translation.
    await koffi.getByRole('combobox', { name: 'Reading language' }).selectOption('fr');
    await koffi.getByText('Shown in the original language (English).').first().waitFor();
    await koffi
      .getByText(/fourteen converted pistols/)
      .first()
      .waitFor();
    expect(await seriousA11yViolations(koffi)).toEqual([]);

    // And exports it for a citation manager.
    const [download] = await Promise.all([
      koffi.waitForEvent('download'),
      koffi.getByRole('navigation', { name: 'Export this case' }).getByRole('link', { name: 'RIS' }).click(),
    ]);
    const ris = await readFile((await download.path())!, 'utf8');
    expect(ris).toMatch(/^TY {2}- CASE/m);
    expect(ris).toContain(`TI  - ${TITLE}`);
    expect(ris).toMatch(/^ER {2}-/m);

    for (const page of [awa, mod, koffi]) await page.close();
    expect(errors).toEqual([]);
  }, 240_000);
});
