'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, useTransition, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';
import { usePathname } from '@/i18n/navigation';
import { LANGUAGE_TAG, LOCALES, type Locale } from '@/lib/i18n/locales';
import { localeCookie, localeSwitchHref } from '@/lib/i18n/switch-locale';
import { CheckIcon, ChevronDownIcon, GlobeIcon } from './icons';

function rememberLocale(locale: Locale) {
  document.cookie = localeCookie(locale);
}

/**
 * A disclosure listing the languages as real links. A click switches in place (client navigation),
 * keeping the path, the query and the hash — which only the browser knows, so it is read at click time.
 * The links' own hrefs carry them too, for a middle-click, "open in new tab" or copying the link: they
 * are read from the address bar each time the menu opens (the player rewrites ?step, anchors change the
 * hash, and neither re-renders this header). Reading them there rather than with useSearchParams keeps
 * the statically rendered pages static.
 */
export default function LanguageSwitcher() {
  const t = useTranslations('language');
  const locale = useLocale();
  const pathname = usePathname();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [here, setHere] = useState({ search: '', hash: '' });
  const [pending, startTransition] = useTransition();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  function choose(next: Locale, event: MouseEvent<HTMLAnchorElement>) {
    // Let modified clicks (new tab, new window) do what links do.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    setOpen(false);
    if (next === locale) return;
    const { search, hash } = window.location;
    rememberLocale(next);
    startTransition(() => router.replace(localeSwitchHref(next, pathname, search, hash), { scroll: false }));
  }

  return (
    <div
      ref={rootRef}
      className="relative"
      onBlur={(e) => {
        if (!rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('label', { language: t(locale) })}
        aria-busy={pending}
        onClick={() => {
          if (!open) setHere({ search: window.location.search, hash: window.location.hash });
          setOpen(!open);
        }}
        className="inline-flex h-9 items-center gap-1.5 rounded-lg px-2 text-sm text-fg-muted hover:bg-surface-muted hover:text-fg"
      >
        <GlobeIcon />
        <span className="hidden sm:inline" lang={LANGUAGE_TAG[locale]}>{t(locale)}</span>
        <ChevronDownIcon width={14} height={14} className="hidden sm:block" />
      </button>
      <ul
        id={listId}
        aria-label={t('menu')}
        hidden={!open}
        className="absolute right-0 top-full z-50 mt-1.5 min-w-40 rounded-xl border border-line bg-surface p-1 shadow-lg shadow-black/5 dark:shadow-black/40"
      >
        {LOCALES.map((l) => (
          <li key={l}>
            <a
              href={localeSwitchHref(l, pathname, here.search, here.hash)}
              hrefLang={LANGUAGE_TAG[l]}
              lang={LANGUAGE_TAG[l]}
              aria-current={l === locale ? 'true' : undefined}
              onClick={(e) => choose(l, e)}
              className="flex items-center justify-between gap-3 rounded-lg px-3 py-2 text-sm text-fg hover:bg-surface-muted aria-[current=true]:font-semibold aria-[current=true]:text-accent"
            >
              {t(l)}
              {l === locale && <CheckIcon width={16} height={16} />}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
