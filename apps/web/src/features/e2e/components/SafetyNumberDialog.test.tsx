import 'fake-indexeddb/auto';
import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { safetyNumber } from '@cop/crypto';
import { describe, expect, it } from 'vitest';
import { deviceFactory, fakeDeviceServer, publicKeysFactory } from '../../../test/e2e.factory';
import { fakeViewer, graphqlNetwork, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { verificationStorageKey } from '../lib/safety';
import { SafetyNumberDialog } from './SafetyNumberDialog';

const ME = fakeViewer();
const KOFI = '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c02';

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Safety number
      </button>
      <SafetyNumberDialog
        open={open}
        onClose={() => setOpen(false)}
        otherUserId={KOFI}
        otherName="Kofi Mensah"
      />
    </>
  );
}

function setup(language: 'en' | 'ar' = 'en') {
  const mine = deviceFactory();
  const server = fakeDeviceServer({ userId: ME.id, devices: [mine] });
  const kofi = [{ deviceId: 'k1', ...publicKeysFactory() }];
  server.state.others.set(KOFI, kofi);
  const network = graphqlNetwork({ Viewer: viewerAnswer({ locale: language }), ...server.answers });
  const view = renderRoutes([{ path: '', element: <Harness /> }], '/', { fetch: network, language });
  const expected = () =>
    safetyNumber(
      { userId: ME.id, signingKeys: server.state.devices.map((d) => d.signingKey) },
      { userId: KOFI, signingKeys: (server.state.others.get(KOFI) ?? []).map((d) => d.signingKey) },
    );
  return { ...view, server, expected };
}

async function openDialog(user: ReturnType<typeof setup>['user'], name: string | RegExp) {
  await user.click(await screen.findByRole('button', { name: /Safety number|رقم الأمان/ }));
  return screen.findByRole('dialog', { name });
}

describe('safety number dialog', () => {
  it('shows the 60 digits as 12 groups of 5, the same number both members compute', async () => {
    const { user, expected } = setup();
    const dialog = await openDialog(user, 'Safety number with Kofi Mensah');

    const number = await within(dialog).findByTestId('safety-number');
    const groups = [...number.querySelectorAll('span')].map((span) => span.textContent);
    expect(groups).toHaveLength(12);
    expect(groups.every((group) => /^\d{5}$/.test(group ?? ''))).toBe(true);
    expect(groups.join(' ')).toBe(expected());
    expect(number).toHaveAttribute('dir', 'ltr');
  });

  it('marks the number as verified with the keyboard, and a changed number drops the mark', async () => {
    const { user, server, expected } = setup();
    let dialog = await openDialog(user, 'Safety number with Kofi Mensah');
    const checkbox = await within(dialog).findByRole('checkbox', { name: 'Mark as verified' });
    expect(checkbox).not.toBeChecked();

    checkbox.focus();
    await user.keyboard(' ');
    expect(checkbox).toBeChecked();
    expect(within(dialog).getByText('You have verified this number.')).toBeInTheDocument();
    expect(window.localStorage.getItem(verificationStorageKey(ME.id, KOFI))).toBe(expected());

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(dialog).not.toBeVisible());

    // Kofi adds a device: the number changes, the mark no longer applies.
    const before = expected();
    server.state.others.get(KOFI)?.push({ deviceId: 'k2', ...publicKeysFactory() });
    dialog = await openDialog(user, 'Safety number with Kofi Mensah');
    await waitFor(() =>
      expect(within(dialog).getByTestId('safety-number').textContent).toBe(expected().replaceAll(' ', '')),
    );
    expect(expected()).not.toBe(before);
    expect(within(dialog).getByRole('checkbox', { name: 'Mark as verified' })).not.toBeChecked();
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'The safety number has changed since you verified it',
    );
  });

  it('says when the other member has no device yet', async () => {
    const { user, server } = setup();
    server.state.others.set(KOFI, []);
    const dialog = await openDialog(user, 'Safety number with Kofi Mensah');
    expect(
      await within(dialog).findByText(
        'There is no safety number yet: Kofi Mensah or you have not set up encrypted messages.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('keeps the digits left to right in Arabic', async () => {
    const { user, expected } = setup('ar');
    const dialog = await openDialog(user, 'رقم الأمان مع Kofi Mensah');

    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const number = await within(dialog).findByTestId('safety-number');
    expect(number).toHaveAttribute('dir', 'ltr');
    expect([...number.querySelectorAll('span')].map((span) => span.textContent).join(' ')).toBe(expected());
    expect(within(dialog).getByRole('checkbox', { name: 'وضع علامة «تم التحقق»' })).toBeInTheDocument();
  });
});
