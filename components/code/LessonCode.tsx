// The real source of a lesson's agent, highlighted, with a diff against the previous lesson's agent.
// Server component: reading, highlighting and diffing happen at build time.
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { loadLessonCode } from '@/lib/content/lesson-code';
import type { LessonId } from '@/lib/lessons/registry';
import CodeLines from './CodeLines';
import CodeViewer from './CodeViewer';
import DiffLines from './DiffLines';

/** A short tab label: the path below lib/lessons, lib/mechanisms or lib. */
function shortPath(path: string): string {
  return path.replace(/^lib\/(lessons|mechanisms)\//, '').replace(/^lib\//, '');
}

export default async function LessonCode({ lessonId, locale }: { lessonId: LessonId; locale: string }) {
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'code' });
  const view = await loadLessonCode(lessonId);
  if (view === null) return <p className="text-fg-muted">{t('missing', { lesson: lessonId })}</p>;

  const files = view.files.map((f) => ({
    path: f.path,
    label: shortPath(f.path),
    body: (
      <figure className="flex flex-col gap-2">
        <figcaption className="font-mono text-xs text-fg-subtle">{f.path}</figcaption>
        <CodeLines lines={f.lines} firstLine={1} label={t('fileRegion', { file: f.path })} />
      </figure>
    ),
  }));

  const { diff } = view;
  const diffPanel = diff && {
    label: t('diffVs', { lesson: diff.fromLesson }),
    body: (
      <figure className="flex flex-col gap-2">
        <figcaption className="flex flex-col gap-1 text-xs text-fg-subtle">
          <span className="font-mono">
            {diff.fromPath} → {diff.toPath}
          </span>
          <span>
            <span className="font-semibold text-ok">{t('addedCount', { count: diff.added })}</span>
            {' · '}
            <span className="font-semibold text-danger">{t('removedCount', { count: diff.removed })}</span>
          </span>
          {diff.newFiles.length > 0 && (
            <span>
              {t('newFiles')} <span className="font-mono">{diff.newFiles.map(shortPath).join(', ')}</span>
            </span>
          )}
        </figcaption>
        {diff.hunks.length > 0 ? (
          <DiffLines
            hunks={diff.hunks}
            labels={{
              added: t('added'),
              removed: t('removed'),
              skipped: t('skipped'),
              region: t('diffRegion', { from: diff.fromPath, to: diff.toPath }),
            }}
          />
        ) : (
          <p className="text-fg-muted">{t('identical')}</p>
        )}
      </figure>
    ),
  };

  return (
    <CodeViewer
      files={files}
      diff={diffPanel}
      labels={{ view: t('view'), source: t('source'), files: t('files', { lesson: lessonId }) }}
    />
  );
}
