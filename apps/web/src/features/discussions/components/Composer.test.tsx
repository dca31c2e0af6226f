import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, requestsOf } from '../../../test/graphql';
import { renderWithProviders } from '../../../test/render';
import { lucia } from '../test/factory';
import { applyFormat, Composer, mentionAtCaret } from './Composer';

const THREAD = '33333333-3333-4333-8333-333333333333';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <Composer
      label="Your reply"
      value={value}
      onChange={setValue}
      mentionScope={{ threadId: THREAD }}
      attachmentIds={[]}
      onAttachmentsChange={() => undefined}
      onUploadingChange={() => undefined}
    />
  );
}

function renderComposer(initial = '') {
  const network = graphqlNetwork({
    MentionCandidates: {
      data: {
        mentionCandidates: [
          {
            id: lucia.id,
            fullName: lucia.fullName,
            photoUrl: null,
            institution: 'Fiscalía General',
            country: 'PY',
          },
          {
            id: '55555555-5555-4555-8555-555555555555',
            fullName: 'Luc Ouédraogo',
            photoUrl: null,
            institution: null,
            country: 'BF',
          },
        ],
      },
    },
  });
  return { ...renderWithProviders(<Harness initial={initial} />, { fetch: network }), network };
}

describe('composer', () => {
  it('previews with the sanitizing renderer: markup typed in the text stays text', async () => {
    const { user } = renderComposer();
    const text = await screen.findByRole('combobox', { name: 'Your reply' });

    await user.type(text, '**Seized** <img src=x onerror=alert(1)> <script>alert(2)</script>');
    await user.click(screen.getByRole('tab', { name: 'Preview' }));

    const preview = screen.getByRole('tabpanel', { name: 'Preview' });
    const bold = await within(preview).findByText('Seized');
    expect(bold.tagName).toBe('STRONG');
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.querySelector('script')).toBeNull();
    expect(preview).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
  });

  it('suggests members after "@" and mentions one with the keyboard only', async () => {
    const { user, network } = renderComposer();
    const text = await screen.findByRole('combobox', { name: 'Your reply' });
    expect(text).toHaveAttribute('aria-expanded', 'false');

    await user.click(text);
    await user.keyboard('Thanks @Lu');

    const list = await screen.findByRole('listbox', { name: 'Members to mention' });
    expect(text).toHaveAttribute('aria-expanded', 'true');
    expect(requestsOf(network, 'MentionCandidates').at(-1)).toEqual({ query: 'Lu', threadId: THREAD });
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(text).toHaveAttribute('aria-activedescendant', options[0]?.id);

    await user.keyboard('{ArrowDown}');
    expect(within(list).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(text).toHaveValue(`Thanks @[Lucía Fernández](member:${lucia.id}) `));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(text).toHaveAttribute('aria-expanded', 'false');
    expect(text).toHaveFocus();

    await user.keyboard('will know.');
    expect(text).toHaveValue(`Thanks @[Lucía Fernández](member:${lucia.id}) will know.`);
  });

  it('closes the suggestions with Escape, keeping the text', async () => {
    const { user } = renderComposer();
    const text = await screen.findByRole('combobox', { name: 'Your reply' });
    await user.click(text);
    await user.keyboard('@Lu');
    await screen.findByRole('listbox', { name: 'Members to mention' });

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(text).toHaveValue('@Lu');
  });

  it('formats with the toolbar, and counts characters', async () => {
    const { user } = renderComposer('parcel');
    const text = await screen.findByRole('combobox', { name: 'Your reply' });
    (text as HTMLTextAreaElement).setSelectionRange(0, 6);

    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    await user.click(within(toolbar).getByRole('button', { name: 'Bold' }));

    expect(text).toHaveValue('**parcel**');
    expect(screen.getByText('10 of 20,000 characters')).toBeInTheDocument();
  });
});

describe('composer helpers', () => {
  it('finds the mention being typed before the caret', () => {
    expect(mentionAtCaret('Hello @Kwa', 10)).toEqual({ start: 6, query: 'Kwa' });
    expect(mentionAtCaret('Hello @Kwame M', 14)).toEqual({ start: 6, query: 'Kwame M' });
    expect(mentionAtCaret('mail@example', 12)).toBeNull();
    expect(mentionAtCaret('Hello @', 7)).toBeNull();
  });

  it('quotes and lists whole lines', () => {
    expect(applyFormat('one\ntwo', 0, 7, 'quote', 'x').text).toBe('> one\n> two');
    expect(applyFormat('one', 1, 1, 'list', 'x').text).toBe('- one');
    expect(applyFormat('see', 0, 3, 'link', 'x')).toEqual({ text: '[see](https://)', selection: [6, 14] });
  });
});
