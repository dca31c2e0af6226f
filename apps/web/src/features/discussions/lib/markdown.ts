import { useEffect, useState } from 'react';

/**
 * The Markdown renderer (markdown-it and sanitize-html) is large: it is fetched only when someone
 * writes — the composer gets focus, the preview opens, a mention is chosen — never to read a thread
 * (posts arrive already rendered and sanitized by the server).
 */
export type MarkdownModule = typeof import('@cop/contracts/markdown');

let loading: Promise<MarkdownModule> | null = null;

export function loadMarkdown(): Promise<MarkdownModule> {
  loading ??= import('@cop/contracts/markdown').catch((error: unknown) => {
    loading = null; // a dropped connection: the next attempt fetches again
    throw error;
  });
  return loading;
}

/** The renderer once `wanted` has been true; null until it has arrived. */
export function useMarkdown(wanted: boolean): MarkdownModule | null {
  const [module, setModule] = useState<MarkdownModule | null>(null);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    loadMarkdown().then(
      (loaded) => {
        if (live) setModule(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}
