'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Link, usePathname } from '@/i18n/navigation';
import { CloseIcon, MenuIcon } from './icons';
import LessonNavList from './LessonNavList';

/**
 * The lesson menu on narrow screens: a modal <dialog>, so focus stays inside, the page behind is inert,
 * and Escape closes it — all native. Hidden from lg up, where the sidebar shows the same list.
 */
export default function NavDrawer() {
  const t = useTranslations('nav');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  const close = () => dialogRef.current?.close();

  // A navigation (including back/forward) closes the menu.
  useEffect(() => {
    dialogRef.current?.close();
  }, [pathname]);

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-label={t('openMenu')}
        onClick={() => dialogRef.current?.showModal()}
        className="inline-flex size-9 shrink-0 items-center justify-center rounded-lg text-fg-muted hover:bg-surface-muted hover:text-fg lg:hidden"
      >
        <MenuIcon />
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="nav-drawer-title"
        // A click on the backdrop lands on the <dialog> itself, outside the panel.
        onClick={(e) => e.target === e.currentTarget && close()}
        className="fixed inset-y-0 left-0 m-0 h-dvh max-h-none w-[min(20rem,86vw)] max-w-none border-r border-line bg-bg text-fg shadow-2xl motion-safe:open:animate-drawer-in lg:hidden"
      >
        <div className="flex h-full flex-col">
          <div className="flex h-14 shrink-0 items-center justify-between border-b border-line px-4">
            <h2 id="nav-drawer-title" className="text-sm font-semibold">{t('lessons')}</h2>
            <button
              type="button"
              aria-label={t('closeMenu')}
              onClick={close}
              className="inline-flex size-9 items-center justify-center rounded-lg text-fg-muted hover:bg-surface-muted hover:text-fg"
            >
              <CloseIcon />
            </button>
          </div>
          <nav aria-label={t('lessonList')} className="flex-1 overflow-y-auto p-3">
            <Link
              href="/"
              onClick={close}
              className="mb-2 block rounded-lg px-3 py-2 text-sm text-fg-muted hover:bg-surface-muted hover:text-fg"
            >
              {t('home')}
            </Link>
            <LessonNavList onNavigate={close} />
          </nav>
        </div>
      </dialog>
    </>
  );
}
