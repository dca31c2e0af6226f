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
