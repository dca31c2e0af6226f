/**
 * A recovery key as its 13 groups of 4 characters. It reads left to right in every language
 * (`dir="ltr"`, isolated), Arabic included; the copy and the screen reader get it whole.
 */
export function RecoveryKeyGroups({ display, labelledBy }: { display: string; labelledBy?: string }) {
  return (
    <p
      className="backup-key"
      dir="ltr"
      translate="no"
      aria-labelledby={labelledBy}
      data-testid="recovery-key"
    >
      {display.split('-').map((group, index) => (
        <code key={index} className="backup-key__group">
          {group}
        </code>
      ))}
    </p>
  );
}
