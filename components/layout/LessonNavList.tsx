'use client';
import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { LESSONS } from '@/lib/lessons/registry';

/** The 11 lessons in course order, the open one marked; shared by the sidebar and the phone drawer. */
export default function LessonNavList({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTranslations('lessons');
  const pathname = usePathname();
  return (
    <ol className="space-y-0.5">
      {LESSONS.map((lesson) => {
        const href = `/lessons/${lesson.id}`;
        const current = pathname === href;
        return (
          <li key={lesson.id}>
            <Link
              href={href}
              aria-current={current ? 'page' : undefined}
              onClick={onNavigate}
              className="group flex items-baseline gap-3 rounded-lg px-3 py-2 text-sm text-fg-muted hover:bg-surface-muted hover:text-fg aria-[current=page]:bg-accent-soft aria-[current=page]:font-medium aria-[current=page]:text-accent"
            >
              <span className="font-mono text-xs text-fg-subtle group-aria-[current=page]:text-accent">{lesson.id}</span>
              <span>{t(`${lesson.id}.title`)}</span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
