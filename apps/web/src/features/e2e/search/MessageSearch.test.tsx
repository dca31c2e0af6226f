import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { useState } from 'react';
import { configure, screen, waitFor, within } from '@testing-library/react';
import type { LanguageCode } from '@cop/contracts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { indexItemFactory } from './indexItem.factory';
import { MessageSearch } from './MessageSearch';
import { forgetSearchCache, indexMessages } from './searchIndex';

// The dialog's translations are fetched on first use: give a busy test machine time.
configure({ asyncUtilTimeout: 4000 });

const ME = '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01';
const KOFI = '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c02';
const TEMA = '5c6f2d10-0000-4000-8000-000000000001';
const LAGOS = '5c6f2d10-0000-4000-8000-000000000002';
const TITLES: Record<string, string> = { [TEMA]: 'Tema port seizure', [LAGOS]: 'Lagos JIT' };
const NAMES: Record<string, string> = { [ME]: 'Amina Diallo', [KOFI]: 'Kofi Mensah' };

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  forgetSearchCache();
});

function Harness({
  onOpen,
  conversationId,
}: {
  onOpen: (c: string, m: string) => void;
  conversationId?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Search
      </button>
      <MessageSearch
        userId={ME}
        open={open}
        onClose={() => setOpen(false)}
        onOpen={onOpen}
        conversationId={conversationId}
        conversationTitle={(id) => TITLES[id] ?? ''}
        memberName={(id) => NAMES[id] ?? ''}
      />
    </>
  );
}

async function setup(options: { conversationId?: string; language?: LanguageCode } = {}) {
  const newest = indexItemFactory({
    conversationId: TEMA,
    senderId: KOFI,
    text: 'Two rifles were seized at the port.',
    createdAt: '2026-12-06T09:00:00.000Z',
  });
  const older = indexItemFactory({
    conversationId: LAGOS,
    senderId: ME,
    text: 'The rifles came through Lagos.',
    createdAt: '2026-12-01T09:00:00.000Z',
  });
  const unrelated = indexItemFactory({ conversationId: TEMA, text: 'Lunch at noon.' });
  await indexMessages(ME, [newest, older, unrelated]);
  const onOpen = vi.fn();
  const view = renderWithProviders(<Harness onOpen={onOpen} conversationId={options.conversationId} />, {
    language: options.language,
  });
  return { ...view, onOpen, newest, older };
}

async function openSearch(user: ReturnType<typeof renderWithProviders>['user'], name = 'Search messages') {
  await user.click(await screen.findByRole('button', { name: 'Search' }));
  return screen.findByRole('dialog', { name });
}

describe('message search', () => {
  it('explains where the search runs, and shows results as one types, the matches marked', async () => {
    const { user } = await setup();
    const dialog = await openSearch(user);
    expect(
      within(dialog).getByText(
        'Search runs in this browser, over the messages it has decrypted. The server never sees what you search for.',
      ),
    ).toBeInTheDocument();
    const field = within(dialog).getByRole('combobox', { name: 'Search your messages' });
    expect(field).toHaveFocus();

    await user.type(field, 'rifle');
    const list = await within(dialog).findByRole('listbox', { name: 'Messages found' });
    const options = await within(list).findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveTextContent('Tema port seizure');
    expect(options[0]).toHaveTextContent('Kofi Mensah');
    expect(options[0]).toHaveTextContent('Two rifles were seized at the port.');
    expect(options[1]).toHaveTextContent('Lagos JIT');
    expect(options[1]).toHaveTextContent('Amina Diallo');
    expect([...dialog.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['rifle', 'rifle']);
    expect(options[0]?.querySelector('time')).toHaveAttribute('dateTime', '2026-12-06T09:00:00.000Z');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Messages found: 2');
  });

  it('says when nothing matches', async () => {
    const { user } = await setup();
    const dialog = await openSearch(user);
    await user.type(within(dialog).getByRole('combobox'), 'grenade');
    expect(await within(dialog).findByText('No message matches “grenade”.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('option')).not.toBeInTheDocument();
  });

  it('moves through the results with the arrow keys and opens one with Enter', async () => {
    const { user, onOpen, older } = await setup();
    const dialog = await openSearch(user);
    const field = within(dialog).getByRole('combobox');
    await user.type(field, 'rifles');
    await within(dialog).findAllByRole('option');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const chosen = within(dialog).getByRole('option', { selected: true });
    expect(chosen).toHaveTextContent('The rifles came through Lagos.');
    expect(field).toHaveAttribute('aria-activedescendant', chosen.id);
    expect(field).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(LAGOS, older.messageId);
    await waitFor(() => expect(dialog).not.toBeVisible());
  });

  it('opens the result clicked', async () => {
    const { user, onOpen, newest } = await setup();
    const dialog = await openSearch(user);
    await user.type(within(dialog).getByRole('combobox'), 'seized');
    await user.click(await within(dialog).findByRole('option', { name: /Two rifles were seized/ }));
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(TEMA, newest.messageId);
  });

  it('closes on Escape, focus back on the button that opened it', async () => {
    const { user, onOpen } = await setup();
    const dialog = await openSearch(user);
    await user.type(within(dialog).getByRole('combobox'), 'rifle');
    await within(dialog).findAllByRole('option');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeVisible());
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    expect(onOpen).not.toHaveBeenCalled();

    // Opened again, it starts afresh.
    const again = await openSearch(user);
    expect(within(again).getByRole('combobox')).toHaveValue('');
  });

  it('searches the open conversation, or all of them', async () => {
    const { user } = await setup({ conversationId: LAGOS });
    const dialog = await openSearch(user);
    const field = within(dialog).getByRole('combobox', { name: 'Search in “Lagos JIT”' });
    await user.type(field, 'rifles');
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
    expect(within(dialog).getByRole('option')).toHaveTextContent('The rifles came through Lagos.');
    expect(within(dialog).getByRole('option')).not.toHaveTextContent('Lagos JIT');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Search all conversations' }));
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(2));
    expect(within(dialog).getByRole('combobox', { name: 'Search your messages' })).toBeInTheDocument();
  });

  it('reads right to left in Arabic', async () => {
    await indexMessages(ME, [indexItemFactory({ conversationId: TEMA, text: 'ضُبطت الأسلحة في الميناء' })]);
    const { user } = await setup({ language: 'ar' });
    const dialog = await openSearch(user, 'البحث في الرسائل');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');

    await user.type(within(dialog).getByRole('combobox', { name: 'ابحث في رسائلك' }), 'اسلحة');
    const option = await within(dialog).findByRole('option');
    expect(option.querySelector('mark')).toHaveTextContent('أسلحة');
    expect(option.querySelector('.e2e-search__snippet')).toHaveAttribute('dir', 'auto');
  });
});
