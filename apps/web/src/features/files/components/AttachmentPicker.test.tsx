import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { AttachmentPicker } from './AttachmentPicker';

/** A stand-in for XMLHttpRequest: the test plays the network and the api. */
class FakeXhr extends EventTarget {
  static sent: FakeXhr[] = [];
  readonly upload = new EventTarget();
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  withCredentials = false;
  status = 0;
  responseText = '';
  aborted = false;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }

  abort() {
    this.aborted = true;
    this.dispatchEvent(new Event('abort'));
  }

  async progress(loaded: number, total: number) {
    const event = Object.assign(new Event('progress'), { loaded, total, lengthComputable: true });
    await act(async () => void this.upload.dispatchEvent(event));
  }

  /** The api answers; the promise callbacks run within the same act. */
  async respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    await act(async () => void this.dispatchEvent(new Event('load')));
  }

  async fail() {
    await act(async () => void this.dispatchEvent(new Event('error')));
  }
}

const uploaded = (id: string, name: string, size: number) => ({
  id,
  name,
  contentType: 'application/pdf',
  size,
  sha256: 'a'.repeat(64),
  hasPreview: false,
});

const pdfFile = (name = 'custody report.pdf', size = 2048) =>
  new File([new Uint8Array(size)], name, { type: 'application/pdf' });

/** A form holding the picker's value, as a post composer would. */
function Form({
  onIds,
  onBusy,
  maxBytes,
}: {
  onIds: (ids: string[]) => void;
  onBusy: (busy: boolean) => void;
  maxBytes?: number;
}) {
  const [ids, setIds] = useState<string[]>([]);
  return (
    <AttachmentPicker
      value={ids}
      maxBytes={maxBytes}
      onChange={(next) => {
        setIds(next);
        onIds(next);
      }}
      onBusyChange={onBusy}
    />
  );
}

async function setup(maxBytes?: number) {
  const onIds = vi.fn<(ids: string[]) => void>();
  const onBusy = vi.fn<(busy: boolean) => void>();
  const view = renderWithProviders(<Form onIds={onIds} onBusy={onBusy} maxBytes={maxBytes} />);
  const button = await screen.findByRole('button', { name: 'Attach files' });
  const input = screen.getByTestId('attachment-input') as HTMLInputElement;
  return { ...view, onIds, onBusy, button, input };
}

describe('AttachmentPicker', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uploads each chosen file with the CSRF header, shows its progress, and hands the form the finished ids', async () => {
    const { user, input, onIds, onBusy, button } = await setup();
    const clicked = vi.spyOn(input, 'click');
    await user.click(button);
    expect(clicked).toHaveBeenCalled();

    await user.upload(input, [pdfFile('custody report.pdf', 2048), pdfFile('photo log.pdf', 4096)]);
    expect(FakeXhr.sent).toHaveLength(2);
    const [first, second] = FakeXhr.sent as [FakeXhr, FakeXhr];
    expect(first).toMatchObject({ method: 'POST', url: '/api/files', withCredentials: true });
    expect(first.headers).toEqual({ 'X-CSRF': '1' });
    expect((first.body?.get('file') as File).name).toBe('custody report.pdf');
    expect(onBusy).toHaveBeenLastCalledWith(true);

    await first.progress(1024, 2300);
    const bar = screen.getByRole('progressbar', { name: 'Uploading custody report.pdf' });
    expect(bar).toHaveAttribute('value', '1024');
    expect(bar).toHaveAttribute('max', '2300');
    expect(screen.getByText('2 kB')).toBeInTheDocument();
    expect(screen.getByText('Files still uploading: 2')).toHaveAttribute('role', 'status');

    // Both finish in the same tick: neither id is lost.
    await act(async () => {
      first.status = 201;
      first.responseText = JSON.stringify(uploaded('id-1', 'custody report.pdf', 2048));
      second.status = 201;
      second.responseText = JSON.stringify(uploaded('id-2', 'photo log.pdf', 4096));
      first.dispatchEvent(new Event('load'));
      second.dispatchEvent(new Event('load'));
    });
    expect(onIds).toHaveBeenLastCalledWith(['id-1', 'id-2']);
    expect(onBusy).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getAllByText('Uploaded')).toHaveLength(2);
  });

  it('refuses a file over the limit before sending anything', async () => {
    const { user, input, onIds } = await setup(1024 * 1024);
    await user.upload(input, pdfFile('scan.pdf', 3 * 1024 * 1024));
    expect(FakeXhr.sent).toHaveLength(0);
    expect(screen.getByRole('alert')).toHaveTextContent('Too large: files can be up to 1 MB.');
    expect(screen.queryByRole('button', { name: 'Retry uploading scan.pdf' })).not.toBeInTheDocument();
    expect(onIds).not.toHaveBeenCalled();
  });

  it('explains a refused type, and offers a retry after a network error', async () => {
    const { user, input, onIds } = await setup();
    await user.upload(input, [pdfFile('invoice.pdf'), pdfFile('minutes.pdf')]);
    const [refused, cut] = FakeXhr.sent as [FakeXhr, FakeXhr];
    await refused.respond(415, {
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: 'This kind of file cannot be attached.',
    });
    await cut.fail();

    const alerts = screen.getAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('This kind of file cannot be attached.');
    expect(alerts[1]).toHaveTextContent('The upload was interrupted. Check your connection and retry.');
    expect(screen.queryByRole('button', { name: 'Retry uploading invoice.pdf' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retry uploading minutes.pdf' }));
    expect(FakeXhr.sent).toHaveLength(3);
    await FakeXhr.sent[2]!.respond(201, uploaded('id-9', 'minutes.pdf', 2048));
    expect(onIds).toHaveBeenLastCalledWith(['id-9']);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('shows the server’s limit when it refuses a file as too large', async () => {
    const { user, input } = await setup();
    await user.upload(input, pdfFile('big.pdf'));
    await FakeXhr.sent[0]!.respond(413, {
      code: 'FILE_TOO_LARGE',
      message: 'too large',
      limit: 5 * 1024 * 1024,
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Too large: files can be up to 5 MB.');
  });

  it('removes a finished file from the form, and stops an upload still running', async () => {
    const { user, input, onIds, onBusy } = await setup();
    await user.upload(input, [pdfFile('keep.pdf'), pdfFile('drop.pdf')]);
    const [keep, running] = FakeXhr.sent as [FakeXhr, FakeXhr];
    await keep.respond(201, uploaded('id-keep', 'keep.pdf', 2048));
    expect(onIds).toHaveBeenLastCalledWith(['id-keep']);

    await user.click(screen.getByRole('button', { name: 'Remove drop.pdf' }));
    expect(running.aborted).toBe(true);
    expect(screen.queryByText('drop.pdf')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onBusy).toHaveBeenLastCalledWith(false);

    await user.click(screen.getByRole('button', { name: 'Remove keep.pdf' }));
    expect(onIds).toHaveBeenLastCalledWith([]);
    expect(screen.queryByText('keep.pdf')).not.toBeInTheDocument();
  });

  it('speaks the reader’s language', async () => {
    renderWithProviders(<AttachmentPicker value={[]} onChange={() => undefined} />, { language: 'fr' });
    expect(await screen.findByRole('button', { name: 'Joindre des fichiers' })).toBeInTheDocument();
  });
});
