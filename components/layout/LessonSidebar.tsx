import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import LessonNavList from './LessonNavList';

/** The lesson list beside the page on wide screens (lg and up); phones get the same list in NavDrawer. */
export default async function LessonSidebar() {
  const t = await getTranslations('nav');
  return (
    <aside className="hidden w-64 shrink-0 border-r border-line lg:block">
      <nav
        aria-label={t('lessonList')}
        className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto px-3 py-6"
      >
        <Link
          href="/"
          className="mb-3 block px-3 text-xs font-semibold uppercase tracking-wider text-fg-subtle hover:text-fg"
        >
          {t('allLessons')}
        </Link>
        <LessonNavList />
      </nav>
    </aside>
  );
}
