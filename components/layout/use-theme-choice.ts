'use client';
// The visitor's theme choice as React state, kept in localStorage and in sync across tabs.
import { useEffect, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY, parseThemeChoice, resolveTheme, type ThemeChoice } from '@/lib/theme/theme';

const listeners = new Set<() => void>();
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system'; // storage blocked (private mode, policy): the system decides
  }
}

/** Puts the choice on <html>; the same effect as the pre-paint script. */
export function applyThemeChoice(choice: ThemeChoice) {
  const theme = resolveTheme(choice, window.matchMedia(DARK_QUERY).matches);
  const html = document.documentElement;
  html.classList.toggle('dark', theme === 'dark');
  html.style.colorScheme = theme;
  html.setAttribute('data-theme-choice', choice);
}

export function setThemeChoice(choice: ThemeChoice) {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered, but still applied for this page.
  }
  applyThemeChoice(choice);
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void) {
  // Another tab changed the choice, or the system switched while following it.
  const sync = () => {
    applyThemeChoice(readChoice());
    notify();
  };
  const media = window.matchMedia(DARK_QUERY);
  listeners.add(notify);
  window.addEventListener('storage', sync);
  media.addEventListener('change', sync);
  return () => {
    listeners.delete(notify);
    window.removeEventListener('storage', sync);
    media.removeEventListener('change', sync);
  };
}

export function useThemeChoice(): ThemeChoice {
  // A page the server could not render (Next's client-side 404 fallback) never ran the pre-paint
  // script; applying the stored choice on mount covers it and is a no-op everywhere else.
  useEffect(() => applyThemeChoice(readChoice()), []);
  // The server cannot know the choice; 'system' until hydration reads the real one.
  return useSyncExternalStore(subscribe, readChoice, () => 'system');
}
