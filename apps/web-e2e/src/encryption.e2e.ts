import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, seriousA11yViolations } from './support/browser.js';
import { chatMembers, newDevicePage } from './support/chat-members.js';
import type { Person } from './support/demo-members.js';
import { type Portal, type PrintedLogin, startPortal } from './support/portal-server.js';
import { signIn } from './support/sign-in.js';

/** A real 8×8 PNG (a grey square), attached as "frame.png". */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGNgGAWjYBSMAggAAAQQAAGFP6pyAAAAAElFTkSuQmCC',
  'base64',
);

/**
 * End-to-end encryption in real browsers against the production build: member A sets up a key
 * backup with a passphrase; A and B exchange encrypted messages and an encrypted image (each
 * browser makes and registers its own device keys); a third browser context signs in as A (a new
 * device): B is told that A's devices changed, the new device shows the history as "encrypted
 * before this device was added", then restores the backup with the passphrase and reads it all,
 * image included. Also: axe on the encryption page, no console errors.
 */
describe('end-to-end encrypted messaging in the browser', () => {
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
    return newDevicePage(browser, portal, errors, width);
  }

  it('two members exchange encrypted messages and an image; a new device restores the backup and reads the history', async () => {
    const passphrase = 'harbour lantern quietly seven';

    // A sets up a key backup protected by a passphrase (this browser registers its device first).
    const { page: a, context: aContext } = await newPage();
    await signIn(a, memberLogin.email, memberLogin.password);
    await a.goto('/security/encryption');
    await a.getByRole('heading', { name: 'Key backup' }).waitFor();
    expect(await seriousA11yViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Set up backup' }).click();
    const setUp = a.getByRole('dialog', { name: 'Set up key backup' });
    await setUp.getByLabel('With a passphrase').check();
    await setUp.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await setUp.getByLabel('Type the passphrase again').fill(passphrase);
    await setUp.getByRole('button', { name: 'Turn on backup' }).click();
    await a.getByText('Your message keys are backed up.').first().waitFor({ timeout: 30_000 });

    // B signs in on a phone: the browser makes and registers its device keys for the session.
    const { page: bPage, context: bContext } = await newPage(360);
    await signIn(bPage, b.email, memberLogin.password);
    await bPage.goto('/messages');
    await bPage.getByRole('heading', { level: 2, name: 'Conversations' }).waitFor();

    // A starts the direct conversation with B and writes; the conversation says it is encrypted.
    await a.goto('/messages');
    await a.getByRole('button', { name: 'New conversation' }).click();
    const dialog = a.getByRole('dialog', { name: 'New conversation' });
    await dialog.getByRole('searchbox', { name: 'Find a member' }).fill(b.fullName.split(' ')[0]!);
    await dialog.getByRole('button', { name: `Choose ${b.fullName}` }).click();
    await dialog.getByRole('button', { name: 'Start the conversation' }).click();
    await a.waitForURL('**/messages/*');
    const conversationUrl = new URL(a.url()).pathname;
    await a.getByText('End-to-end encrypted', { exact: true }).waitFor();
    const secret = `Informant KESTREL meets the courier at Pier 7 on Tuesday. ${Date.now()}`;
    const aBox = a.getByRole('textbox', { name: 'Message' });
    await aBox.fill(secret);
    await aBox.press('Enter');
    await a.getByRole('article', { name: 'You' }).filter({ hasText: secret }).getByText('Sent').waitFor();

    // B reads it, decrypted in B's browser, and answers with an encrypted image.
    await bPage.goto(conversationUrl);
    await bPage.getByRole('log').getByText(secret).waitFor();
    await bPage.getByTestId('attachment-input').setInputFiles({
      name: 'frame.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    // Encrypted in the browser, then uploaded as ciphertext: sending waits for the upload.
    await bPage.locator('.files-picker__item[data-status="done"]').waitFor();
    const caption = `Photo of the frame, serial ground off. ${Date.now()}`;
    const bBox = bPage.getByRole('textbox', { name: 'Message' });
    await bBox.fill(caption);
    await expect(bPage.getByRole('button', { name: 'Send' }).isEnabled()).resolves.toBe(true);
    await bBox.press('Enter');

    // A sees the caption and the image, downloaded as ciphertext and decrypted in the browser.
    await a.getByRole('log').getByText(caption).waitFor();
    const image = a.getByRole('log').locator('img[alt="frame.png"]');
    await image.waitFor();
    await expect(image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).resolves.toBe(
      8,
    );
    expect(await image.getAttribute('src')).toMatch(/^blob:/);

    // A's browser folds the new message keys into the backup a few seconds later.
    await a.waitForTimeout(7_000);

    // A third context: A on a new device. B, still in the conversation, is told A's devices changed.
    const { page: a2, context: a2Context } = await newPage();
    await signIn(a2, memberLogin.email, memberLogin.password);
    await a2.goto(conversationUrl);
    const older = a2.getByRole('log').getByText(/Encrypted before this device was added/);
    await older.first().waitFor();
    expect(await a2.getByRole('log').getByText(secret).count()).toBe(0);
    await bPage
      .getByRole('status')
      .filter({ hasText: `Devices changed for ${aPerson.fullName}` })
      .waitFor();

    // The new device restores the backup with the passphrase, then reads the whole history.
    await a2.goto('/security/encryption');
    await a2.getByRole('button', { name: 'Restore from backup' }).click();
    const restore = a2.getByRole('dialog', { name: 'Restore from backup' });
    await restore.getByLabel('Passphrase', { exact: true }).fill('not the passphrase at all');
    await restore.getByRole('button', { name: 'Restore' }).click();
    await restore.getByText(/This passphrase does not open your backup/).waitFor({ timeout: 30_000 });
    await restore.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await restore.getByRole('button', { name: 'Restore' }).click();
    await a2.getByText(/Backup restored/).waitFor({ timeout: 30_000 });
    await a2.goto(conversationUrl);
    await a2.getByRole('log').getByText(secret).waitFor();
    await a2.getByRole('log').getByText(caption).waitFor();
    await a2.getByRole('log').locator('img[alt="frame.png"]').waitFor();
    expect(
      await a2
        .getByRole('log')
        .getByText(/Encrypted before this device was added/)
        .count(),
    ).toBe(0);

    await aContext.close();
    await bContext.close();
    await a2Context.close();
    expect(errors).toEqual([]);
  }, 180_000);
});
