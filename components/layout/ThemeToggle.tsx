'use client';
import { useTranslations } from 'next-intl';
import { nextThemeChoice, type ThemeChoice } from '@/lib/theme/theme';
import { MonitorIcon, MoonIcon, SunIcon } from './icons';
import { setThemeChoice, useThemeChoice } from './use-theme-choice';

const ICON: Record<ThemeChoice, typeof SunIcon> = { system: MonitorIcon, light: SunIcon, dark: MoonIcon };

/** One button that cycles system → light → dark; its name says the current choice and the next one. */
export default function ThemeToggle() {
  const t = useTranslations('theme');
  const choice = useThemeChoice();
  const next = nextThemeChoice(choice);
  const Icon = ICON[choice];
  const label = t('label', { theme: t(choice), next: t(next) });
  return (
    <button
      type="button"
      onClick={() => setThemeChoice(next)}
      aria-label={label}
      title={label}
      data-theme-choice={choice}
      className="inline-flex size-9 items-center justify-center rounded-lg text-fg-muted hover:bg-surface-muted hover:text-fg"
    >
      <Icon />
    </button>
  );
}
