import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a submit that failed, moves focus to the first invalid control of the form, so keyboard and
 * screen-reader users land on what to fix. Call the returned function once the errors are set; the
 * focus moves after they are rendered.
 */
export function useFocusOnError(formRef: RefObject<HTMLFormElement | null>): () => void {
  const [attempt, setAttempt] = useState(0);
  const handled = useRef(0);

  useEffect(() => {
    if (attempt === handled.current) return;
    handled.current = attempt;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    const target =
      invalid instanceof HTMLFieldSetElement ? invalid.querySelector<HTMLElement>('input, select') : invalid;
    target?.focus();
  }, [attempt, formRef]);

  return useCallback(() => setAttempt((value) => value + 1), []);
}
