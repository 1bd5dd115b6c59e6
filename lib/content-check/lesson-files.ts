// Rule: every lesson has a text file in every locale.
import { lessonTextPath } from '@/lib/content/files';
import { LESSON_IDS } from '@/lib/lessons/registry';

export function checkLessonFiles(locales: readonly string[], exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const locale of locales) {
    for (const id of LESSON_IDS) {
      const file = lessonTextPath(id, locale);
      if (!exists(file)) problems.push(`${file}: missing (lesson ${id} has no ${locale} text)`);
    }
  }
  return problems;
}
