import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { Button } from './Button';

describe('Button', () => {
  it('does not submit the form it sits in unless asked to', async () => {
    const submit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const { user } = renderWithProviders(
      <form onSubmit={(event) => submit(event.nativeEvent as SubmitEvent)}>
        <Button>Preview</Button>
        <Button type="submit">Publish</Button>
      </form>,
    );

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(submit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('while busy, says so, stays focusable and ignores clicks', async () => {
    const onClick = vi.fn();
    const { user } = renderWithProviders(
      <Button busy onClick={onClick}>
        Publish
      </Button>,
    );

    const button = screen.getByRole('button', { name: /Publish/ });
    expect(button).toHaveAccessibleName('Publish Working…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.tab();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(onClick).not.toHaveBeenCalled();
  });
});
