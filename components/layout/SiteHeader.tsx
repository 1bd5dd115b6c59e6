import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LogoMark } from './icons';
import LanguageSwitcher from './LanguageSwitcher';
import NavDrawer from './NavDrawer';
import ThemeToggle from './ThemeToggle';

export default async function SiteHeader() {
  const t = await getTranslations('common');
  return (
    <header className="sticky top-0 z-40 border-b border-line bg-bg/85 backdrop-blur-md">
      <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-2 px-3 sm:px-6">
        <NavDrawer />
        <Link href="/" className="flex min-w-0 items-center gap-2.5 rounded-lg py-1 pr-1 font-semibold tracking-tight">
          <LogoMark className="shrink-0" />
          <span className="truncate">{t('courseTitle')}</span>
        </Link>
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <LanguageSwitcher />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
