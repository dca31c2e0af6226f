import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useViewer, type ViewerFields } from '../../features/identity/session/ViewerContext';
import { MessagingNavBadge } from '../../features/messaging/components/MessagingNavBadge';
import { AREAS, type Area } from '../areas';

const LIST_ID = 'primary-nav-list';

/** Whether the navigation offers `area` to `viewer`: member areas need a complete, active session. */
export function mayOpen(area: Area, viewer: ViewerFields | null): boolean {
  if (area.access === 'public') return true;
  if (!viewer || viewer.sessionState !== 'ACTIVE' || viewer.status !== 'ACTIVE') return false;
  return !area.roles || area.roles.includes(viewer.role);
}

/**
 * The portal's areas the reader may open: member areas once signed in, Admin for moderators and
 * administrators. On narrow screens (≤ 40rem) the list folds behind a menu button; Escape or
 * choosing a link folds it again.
 */
export function PrimaryNav() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const areas = AREAS.filter((area) => mayOpen(area, viewer));
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  return (
    <nav
      className="primary-nav"
      aria-label={t('shell.primaryNavigation')}
      // Only "Home" (a visitor): on narrow screens the brand link does the same, so the menu folds away.
      data-single={areas.length <= 1 || undefined}
      onKeyDown={handleKeyDown}
    >
      <button
        ref={buttonRef}
        type="button"
        className="primary-nav__toggle"
        aria-expanded={open}
        aria-controls={LIST_ID}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="primary-nav__toggle-icon" aria-hidden="true" />
        <span className="visually-hidden">{t('shell.menu')}</span>
      </button>
      <ul id={LIST_ID} className="primary-nav__list" data-open={open}>
        {areas.map((area) => {
          const preload = () => void area.load();
          return (
            <li key={area.path}>
              <NavLink
                to={`/${area.path}`}
                end={area.path === ''}
                className="primary-nav__link"
                onClick={() => setOpen(false)}
                onPointerEnter={preload}
                onFocus={preload}
              >
                {t(area.navLabel)}
                {area.path === 'messages' && <MessagingNavBadge />}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
