// The lesson page's sections, in page order: their anchor ids and their heading keys (lesson.sections.*).
// Ids are stable: links and the "on this page" nav point at them.

export const LESSON_SECTIONS = [
  { id: 'lesson-text', key: 'text' },
  { id: 'lesson-code', key: 'code' },
  { id: 'timeline', key: 'timeline' },
  { id: 'run', key: 'run' },
] as const;

export type LessonSectionKey = (typeof LESSON_SECTIONS)[number]['key'];

export function sectionId(key: LessonSectionKey): string {
  return LESSON_SECTIONS.find((s) => s.key === key)!.id;
}
