import { cx } from '../../../ui/cx';
import './Avatar.css';

export interface AvatarProps {
  name: string;
  photoUrl?: string | null;
  size?: 'md' | 'lg';
}

/** Up to two letters of a name (any script): first and last word. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last]
    .filter((word): word is string => Boolean(word))
    .map((word) => Array.from(word)[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

/**
 * A member's photo, or their initials. Decorative: the name is always written next to it, so
 * screen readers skip it.
 */
export function Avatar({ name, photoUrl, size = 'md' }: AvatarProps) {
  return photoUrl ? (
    <img
      className={cx('avatar', `avatar--${size}`)}
      src={photoUrl}
      alt=""
      loading="lazy"
      decoding="async"
      width={size === 'lg' ? 128 : 56}
      height={size === 'lg' ? 128 : 56}
    />
  ) : (
    <span className={cx('avatar', 'avatar--initials', `avatar--${size}`)} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
