import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installDialogPolyfill } from './dialog-polyfill';

// Tests marked `@vitest-environment node` (codegen, tokens) have no DOM.
if (typeof window !== 'undefined') {
  installDialogPolyfill();

  // jsdom does not lay out pages; React Router's scroll restoration calls this.
  window.scrollTo = () => {};

  afterEach(() => {
    cleanup();
    window.localStorage.clear();
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
    document.title = '';
  });
}
