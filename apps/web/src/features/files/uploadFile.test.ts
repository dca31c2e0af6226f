import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UploadError, uploadFile } from './uploadFile';

class FakeXhr extends EventTarget {
  static last: FakeXhr | null = null;
  readonly upload = new EventTarget();
  method = '';
  url = '';
  status = 0;
  responseText = '';
  withCredentials = false;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader() {}
  send() {
    FakeXhr.last = this;
  }
  abort() {
    this.dispatchEvent(new Event('abort'));
  }
  answer(status: number, text: string) {
    this.status = status;
    this.responseText = text;
    this.dispatchEvent(new Event('load'));
  }
}

const file = () => new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' });

describe('uploadFile', () => {
  beforeEach(() => vi.stubGlobal('XMLHttpRequest', FakeXhr));
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    [413, '{"code":"FILE_TOO_LARGE","message":"big","limit":10}', 'FILE_TOO_LARGE', 10],
    [415, '{"code":"FILE_TYPE_NOT_ALLOWED","message":"no"}', 'FILE_TYPE_NOT_ALLOWED', undefined],
    [429, '{"code":"RATE_LIMITED","message":"slow down"}', 'RATE_LIMITED', undefined],
    [413, '<html>nginx: request entity too large</html>', 'FILE_TOO_LARGE', undefined],
    [502, 'Bad gateway', 'INTERNAL', undefined],
  ])('rejects a %i answer with the error code', async (status, body, code, limit) => {
    const pending = uploadFile(file());
    FakeXhr.last!.answer(status, body);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ code, limit });
  });

  it('posts to /api/files unless another upload route is named, and reports progress', async () => {
    const uploaded = {
      id: 'f1',
      name: 'a.pdf',
      contentType: 'application/pdf',
      size: 8,
      sha256: 'ab',
      hasPreview: false,
    };
    const attachment = uploadFile(file());
    expect([FakeXhr.last!.method, FakeXhr.last!.url]).toEqual(['POST', '/api/files']);
    FakeXhr.last!.answer(201, JSON.stringify(uploaded));
    await expect(attachment).resolves.toEqual(uploaded);

    const progress: Array<[number, number]> = [];
    const evidence = uploadFile(file(), {
      url: '/api/jit/workspaces/w1/evidence-files',
      onProgress: (loaded, total) => progress.push([loaded, total]),
    });
    const xhr = FakeXhr.last!;
    expect(xhr.url).toBe('/api/jit/workspaces/w1/evidence-files');
    xhr.upload.dispatchEvent(
      Object.assign(new Event('progress'), { loaded: 4, total: 300, lengthComputable: true }),
    );
    xhr.answer(201, JSON.stringify(uploaded));
    await expect(evidence).resolves.toEqual(uploaded);
    expect(progress).toEqual([[4, 300]]);
  });

  it('rejects with NETWORK when the request fails, and ABORTED when the caller aborts', async () => {
    const failing = uploadFile(file());
    FakeXhr.last!.dispatchEvent(new Event('error'));
    await expect(failing).rejects.toMatchObject({ code: 'NETWORK' });

    const controller = new AbortController();
    const aborted = uploadFile(file(), { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
