import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import LessonSidebar from '@/components/layout/LessonSidebar';
import { routing } from '@/i18n/routing';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

/** Lesson pages sit beside the lesson list (a sidebar from lg up; the header's drawer below that). */
export default async function LessonsLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Layouts render alongside the page, so each sets the locale itself to stay statically rendered.
  setRequestLocale(locale);
  return (
    <div className="mx-auto flex max-w-[90rem]">
      <LessonSidebar />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
