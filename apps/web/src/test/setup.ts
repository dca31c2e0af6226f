import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { installDialogPolyfill } from './dialog-polyfill';
import { openedSockets } from './socket';

// No real socket.io connection in tests: a fake the test can play the server with.
vi.mock('socket.io-client', () => import('./socket'));

// Tests marked `@vitest-environment node` (codegen, tokens) have no DOM.
if (typeof window !== 'undefined') {
  installDialogPolyfill();

  // jsdom does not lay out pages; React Router's scroll restoration calls this.
  window.scrollTo = () => {};

  afterEach(() => {
    cleanup();
    openedSockets.length = 0;
    window.localStorage.clear();
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
    document.title = '';
  });
}
