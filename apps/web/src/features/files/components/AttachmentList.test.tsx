import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { AttachmentList } from './AttachmentList';

const ATTACHMENTS = [
  {
    id: 'a1',
    name: '<img src=x onerror=alert(1)>.pdf',
    size: 1536,
    downloadUrl: '/api/files/a1',
    previewUrl: null,
  },
  {
    id: 'a2',
    name: 'صورة الضبط.jpg',
    size: 3 * 1024 * 1024,
    downloadUrl: '/api/files/a2',
    previewUrl: '/api/files/a2/preview',
  },
];

describe('AttachmentList', () => {
  it('lists each attachment as a download link with its size, names as plain isolated text', async () => {
    const { container } = renderWithProviders(<AttachmentList attachments={ATTACHMENTS} />);
    const list = await screen.findByRole('list', { name: 'Attachments' });
    const [first, second] = within(list).getAllByRole('listitem');

    const link = within(first!).getByRole('link', { name: '<img src=x onerror=alert(1)>.pdf' });
    expect(link).toHaveAttribute('href', '/api/files/a1');
    expect(within(first!).getByText('1.5 kB')).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(link.querySelector('bdi')).toHaveAttribute('dir', 'auto');

    const image = within(second!).getByRole('img', { hidden: true });
    expect(image).toHaveAttribute('src', '/api/files/a2/preview');
    expect(image).toHaveAttribute('alt', 'صورة الضبط.jpg');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(within(second!).getByRole('link', { name: 'صورة الضبط.jpg' })).toHaveAttribute(
      'href',
      '/api/files/a2',
    );
    expect(within(second!).getByText('3 MB')).toBeInTheDocument();
  });

  it('shows nothing when there are no attachments', () => {
    const { container } = renderWithProviders(<AttachmentList attachments={[]} />);
    expect(container.querySelector('ul')).toBeNull();
  });
});
