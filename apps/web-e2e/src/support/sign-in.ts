import { generate } from 'otplib';
import type { Page } from 'playwright-core';

/**
 * Signs in through the sign-in page (English UI): e-mail and password, then — when a TOTP secret
 * is given — the code from it on the second-factor page. Resolves once the app has left /sign-in.
 */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  totpSecret?: string,
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (totpSecret) {
    await page.waitForURL('**/sign-in/verify');
    await page.getByLabel('Code from the app').fill(await generate({ secret: totpSecret }));
    await page.getByRole('button', { name: 'Verify' }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
