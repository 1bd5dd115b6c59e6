// Where lesson texts live: content/<locale>/<id>-<slug>.mdx. Pure path arithmetic, no I/O.
import { getLesson, type LessonId } from '@/lib/lessons/registry';

export const CONTENT_DIR = 'content';
export const SOURCE_LOCALE = 'en';

/** Path of a lesson text relative to the project root. */
export function lessonTextPath(lessonId: LessonId, locale: string): string {
  return `${CONTENT_DIR}/${locale}/${lessonId}-${getLesson(lessonId).slug}.mdx`;
}
