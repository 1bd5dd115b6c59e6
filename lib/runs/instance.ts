// The server's one run manager. It lives on globalThis so that dev-mode hot reloads, which re-evaluate
// this module, keep talking to the runs already going instead of starting a second, empty manager.
import { loadRunConfig } from './config';
import { lessonLauncher } from './launch-lesson';
import { RunManager } from './run-manager';

const KEY = Symbol.for('agent-course.run-manager');
type WithManager = typeof globalThis & { [KEY]?: RunManager };

export function getRunManager(): RunManager {
  const g = globalThis as WithManager;
  g[KEY] ??= new RunManager(loadRunConfig(process.env), lessonLauncher(process.env));
  return g[KEY];
}

/** Puts a manager of one's own in place (route tests, the bench); undefined goes back to the default. */
export function installRunManager(manager: RunManager | undefined): void {
  (globalThis as WithManager)[KEY] = manager;
}
