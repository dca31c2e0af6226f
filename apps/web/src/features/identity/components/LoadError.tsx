import { Button } from '../../../ui/Button';
import './LoadError.css';

export interface LoadErrorProps {
  message: string;
  retryLabel: string;
  onRetry: () => void;
  busy?: boolean;
}

/** A list or page that did not arrive (a dropped link, most often), with a way to ask again. */
export function LoadError({ message, retryLabel, onRetry, busy = false }: LoadErrorProps) {
  return (
    <div className="load-error" role="alert">
      <p className="load-error__message">{message}</p>
      <Button variant="secondary" busy={busy} onClick={onRetry}>
        {retryLabel}
      </Button>
    </div>
  );
}
