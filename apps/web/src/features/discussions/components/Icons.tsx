/** Small inline icons; decorative (the text next to them, visible or not, says what they mean). */
interface IconProps {
  className?: string;
}

export function LockIcon({ className }: IconProps) {
  return (
    <svg className={className ?? 'discussions-icon'} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1.5 1.5 0 0 0-1.5 1.5v6A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-6A1.5 1.5 0 0 0 12 6h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 3.5a2 2 0 1 1 4 0V6H6V4.5Z"
      />
    </svg>
  );
}

export function PinIcon({ className }: IconProps) {
  return (
    <svg className={className ?? 'discussions-icon'} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M10.6 1.2a1 1 0 0 0-1.5.2L7 4.6 3.9 5.4a.8.8 0 0 0-.4 1.3L6 9.2l-3.8 3.8a.7.7 0 0 0 1 1L7 10.2l2.5 2.5a.8.8 0 0 0 1.3-.4l.8-3.1 3.2-2.1a1 1 0 0 0 .2-1.5l-4.4-4.4Z"
      />
    </svg>
  );
}

export function EyeOffIcon({ className }: IconProps) {
  return (
    <svg className={className ?? 'discussions-icon'} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        d="M2 2l12 12M6.6 3.6A7 7 0 0 1 8 3.5c3.5 0 6 4.5 6 4.5a11 11 0 0 1-1.9 2.4M4.2 4.9A11 11 0 0 0 2 8s2.5 4.5 6 4.5a6 6 0 0 0 2.4-.5M6.6 6.6a2 2 0 0 0 2.8 2.8"
      />
    </svg>
  );
}

export function QuoteIcon({ className }: IconProps) {
  return (
    <svg className={className ?? 'discussions-icon'} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M2 9.5C2 6.4 3.6 4.3 6.3 3.5l.5 1.1C5.3 5.2 4.6 6.2 4.5 7.5H6.5V12.5H2V9.5Zm7.5 0c0-3.1 1.6-5.2 4.3-6l.5 1.1c-1.5.6-2.2 1.6-2.3 2.9H14V12.5H9.5V9.5Z"
      />
    </svg>
  );
}

export function LinkIcon({ className }: IconProps) {
  return (
    <svg className={className ?? 'discussions-icon'} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 0 1 4 4l-1 1M9 11.5l-1 1a2.8 2.8 0 0 1-4-4l1-1"
      />
    </svg>
  );
}

export function ListIcon({ className }: IconProps) {
  return (
    <svg className={className ?? 'discussions-icon'} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M2 3h2v2H2zM2 7h2v2H2zM2 11h2v2H2z" />
      <path fill="none" stroke="currentColor" strokeWidth="1.6" d="M6 4h8M6 8h8M6 12h8" />
    </svg>
  );
}
