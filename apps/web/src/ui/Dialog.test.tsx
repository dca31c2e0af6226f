import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { Button } from './Button';
import { Dialog } from './Dialog';

function RemoveMember() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Remove member
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Remove this member?"
        footer={
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Keep
          </Button>
        }
      >
        <p>They lose access to the workspace at once.</p>
      </Dialog>
    </>
  );
}

async function openDialog() {
  const view = renderWithProviders(<RemoveMember />);
  const opener = screen.getByRole('button', { name: 'Remove member' });
  await view.user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Remove this member?' });
  return { ...view, opener, dialog };
}

describe('Dialog', () => {
  it('opens as a modal named by its title, with focus inside', async () => {
    const { dialog } = await openDialog();

    expect(dialog).toHaveTextContent('They lose access to the workspace at once.');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const { user, opener } = await openDialog();

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });

  it('closes with its close button, and with an action, returning focus each time', async () => {
    const { user, opener } = await openDialog();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();

    await user.click(opener);
    await user.click(await screen.findByRole('button', { name: 'Keep' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();

    await user.click(opener);
    expect(await screen.findByRole('dialog', { name: 'Remove this member?' })).toBeInTheDocument();
  });
});
