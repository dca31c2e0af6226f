export interface HighlightPart {
  text: string;
  match: boolean;
}

/** Search highlights: the matched words in <mark>, all of it as text (never HTML). */
export function Highlight({ parts }: { parts: readonly HighlightPart[] }) {
  return <>{parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
