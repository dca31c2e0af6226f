import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { FormField } from './FormField';
import { TextInput } from './TextInput';

describe('FormField', () => {
  it('labels its control and announces the hint with it', () => {
    renderWithProviders(
      <FormField label="Agency" hint="As written on your badge">
        <TextInput name="agency" />
      </FormField>,
    );

    const input = screen.getByRole('textbox', { name: 'Agency' });
    expect(input).toHaveAccessibleDescription('As written on your badge');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows the error text, marks the control invalid and links the text to it', () => {
    renderWithProviders(
      <FormField label="Email" hint="Your work address" error="Enter an email address like name@agency.gov">
        <TextInput name="email" type="email" />
      </FormField>,
    );

    const input = screen.getByRole('textbox', { name: 'Email' });
    const error = screen.getByText('Enter an email address like name@agency.gov');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.closest('p')?.id);
    expect(input).toHaveAccessibleDescription(
      'Your work address Error: Enter an email address like name@agency.gov',
    );
  });

  it('drops the error once it is fixed', () => {
    const { rerender } = renderWithProviders(
      <FormField label="Email" error="Required">
        <TextInput name="email" />
      </FormField>,
    );
    rerender(
      <FormField label="Email">
        <TextInput name="email" />
      </FormField>,
    );

    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByText('Required')).not.toBeInTheDocument();
  });
});
