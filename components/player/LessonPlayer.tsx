// The lesson page's player: loads the lesson's recorded traces at build time (a broken file fails the
// build with its line) and hands them to the client player.
import { loadLessonTraces } from '@/lib/content/traces';
import type { LessonId } from '@/lib/lessons/registry';
import { Player } from './Player';

export default async function LessonPlayer({ lessonId }: { lessonId: LessonId; locale: string }) {
  const traces = await loadLessonTraces(lessonId);
  return <Player lessonId={lessonId} traces={traces} />;
}
