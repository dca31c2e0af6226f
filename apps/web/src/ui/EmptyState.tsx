import type { ReactNode } from 'react';
import './EmptyState.css';

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  /** Heading level that fits the page outline; h2 by default. */
  headingLevel?: 2 | 3;
}

/** What a place shows when it has nothing yet, and why. */
export function EmptyState({ title, children, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="ui-empty-state">
      <Heading className="ui-empty-state__title">{title}</Heading>
      {children && <div className="ui-empty-state__body">{children}</div>}
    </section>
  );
}
