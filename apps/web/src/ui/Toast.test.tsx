import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { Button } from './Button';
import { DEFAULT_TOAST_TIMEOUT_MS, useToast } from './Toast';

function SaveDraft() {
  const toast = useToast();
  return (
    <>
      <Button onClick={() => toast.show('Draft saved')}>Save draft</Button>
      <Button onClick={() => toast.show('Upload failed: the file is too large', { tone: 'error' })}>
        Upload
      </Button>
    </>
  );
}

function notifications() {
  return screen.getByRole('status', { name: 'Notifications' });
}

describe('Toast', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  function renderToasts() {
    const view = renderWithProviders(<SaveDraft />);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    return { ...view, user };
  }

  it('announces the message in a polite status region that exists before it', async () => {
    const { user } = renderToasts();
    const region = notifications();
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(within(region).getByText('Draft saved')).toBeInTheDocument();
  });

  it('can be dismissed', async () => {
    const { user } = renderToasts();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await user.click(within(notifications()).getByRole('button', { name: 'Dismiss' }));

    expect(within(notifications()).queryByText('Draft saved')).not.toBeInTheDocument();
  });

  it('goes away by itself after a while', async () => {
    const { user } = renderToasts();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    act(() => vi.advanceTimersByTime(DEFAULT_TOAST_TIMEOUT_MS - 100));
    expect(within(notifications()).getByText('Draft saved')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(200));

    expect(within(notifications()).queryByText('Draft saved')).not.toBeInTheDocument();
  });

  it('stays while the reader has the pointer on it', async () => {
    const { user } = renderToasts();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await user.hover(within(notifications()).getByText('Draft saved'));
    act(() => vi.advanceTimersByTime(DEFAULT_TOAST_TIMEOUT_MS * 2));
    expect(within(notifications()).getByText('Draft saved')).toBeInTheDocument();

    await user.unhover(within(notifications()).getByText('Draft saved'));
    act(() => vi.advanceTimersByTime(DEFAULT_TOAST_TIMEOUT_MS + 100));
    expect(within(notifications()).queryByText('Draft saved')).not.toBeInTheDocument();
  });

  it('keeps an error until it is dismissed', async () => {
    const { user } = renderToasts();
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    act(() => vi.advanceTimersByTime(DEFAULT_TOAST_TIMEOUT_MS * 10));

    expect(within(notifications()).getByText('Upload failed: the file is too large')).toBeInTheDocument();
  });
});
