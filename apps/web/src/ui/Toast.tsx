import {
  createContext,
  use,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from './cx';
import './Toast.css';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastOptions {
  tone?: ToastTone;
  /** Milliseconds before the toast leaves by itself; `null` keeps it until dismissed. */
  timeout?: number | null;
}

export interface ToastApi {
  /** Shows a message and announces it politely to screen readers; returns its id. */
  show: (message: ReactNode, options?: ToastOptions) => number;
  dismiss: (id: number) => void;
}

interface ToastEntry {
  id: number;
  message: ReactNode;
  tone: ToastTone;
  timeout: number | null;
}

/** Information goes away after this long; errors stay until dismissed. */
export const DEFAULT_TOAST_TIMEOUT_MS = 6000;
const MAX_TOASTS = 4;

const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error('useToast must be used inside a ToastProvider');
  return api;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback((message: ReactNode, options: ToastOptions = {}) => {
    const id = nextId.current++;
    const tone = options.tone ?? 'info';
    const timeout =
      options.timeout !== undefined ? options.timeout : tone === 'error' ? null : DEFAULT_TOAST_TIMEOUT_MS;
    setToasts((current) => [...current, { id, message, tone, timeout }].slice(-MAX_TOASTS));
    return id;
  }, []);

  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext value={api}>
      {children}
      {/* Present from the start: screen readers only announce changes to a live region they already know. */}
      <div
        className="ui-toasts"
        role="status"
        aria-live="polite"
        aria-atomic="false"
        aria-label={t('ui.notifications')}
      >
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} dismissLabel={t('ui.dismiss')} />
        ))}
      </div>
    </ToastContext>
  );
}

interface ToastItemProps {
  toast: ToastEntry;
  onDismiss: (id: number) => void;
  dismissLabel: string;
}

function ToastItem({ toast, onDismiss, dismissLabel }: ToastItemProps) {
  // Hovering or focusing a toast holds it, so nobody loses a message while reading it.
  const [held, setHeld] = useState(false);
  const messageId = useId();
  const { id, timeout } = toast;

  useEffect(() => {
    if (timeout === null || held) return;
    const timer = window.setTimeout(() => onDismiss(id), timeout);
    return () => window.clearTimeout(timer);
  }, [id, timeout, held, onDismiss]);

  return (
    <div
      className={cx('ui-toast', `ui-toast--${toast.tone}`)}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <p id={messageId} className="ui-toast__message">
        {toast.message}
      </p>
      <button
        type="button"
        className="ui-toast__dismiss"
        aria-describedby={messageId}
        onClick={() => onDismiss(id)}
      >
        {dismissLabel}
      </button>
    </div>
  );
}
