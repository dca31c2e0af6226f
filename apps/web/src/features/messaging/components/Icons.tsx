/** Small icons of the messages, drawn in the text colour; their meaning is always said in text too. */

export function MutedIcon() {
  return (
    <svg className="messaging-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6v-5a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66a6.9 6.9 0 0 0-2.3.98L19 16.95V16ZM3.7 2.3 2.3 3.7 5.4 6.8A7 7 0 0 0 5 9v7l-2 2v1h14.6l2.7 2.7 1.4-1.4Z"
      />
    </svg>
  );
}

export function ClockIcon() {
  return (
    <svg className="messaging-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16Zm.5-13H11v6l5.2 3.2.8-1.3-4.5-2.7Z"
      />
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg className="messaging-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M17 9h-1V7a4 4 0 0 0-8 0v2H7a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-9a2 2 0 0 0-2-2Zm-7-2a2 2 0 0 1 4 0v2h-4Zm7 13H7v-9h10Z"
      />
    </svg>
  );
}
