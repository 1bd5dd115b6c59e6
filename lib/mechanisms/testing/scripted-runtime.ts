// Test support: what a mechanism test needs to run real loops offline: the scripted model behind the real
// SDK (no delays), a temp workspace, a recording sink and the run's abort controller.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createModelSeam } from '../../agent/model';
import type { Script } from '../../agent/script';
import type { AgentRuntime, ModelSeam, Workspace } from '../../agent/types';
import type { LessonId } from '../../lessons/registry';
import { resolveInside } from '../../agent/workspace';
import { type RecordingSink, recordingSink } from './loop-state';

export interface ScriptedRuntime {
  model: ModelSeam;
  workspace: Workspace;
  sink: RecordingSink;
  run: AbortController;
  /** An AgentRuntime for a lesson's createAgent. */
  rt(lesson: LessonId, options?: Record<string, number>): AgentRuntime;
  cleanup(): void;
}

export function scriptedRuntime(scripts: readonly Script[]): ScriptedRuntime {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'mech-test-')));
  const workspace: Workspace = { root, resolve: (p) => resolveInside(root, p) };
  const model = createModelSeam({ env: {}, scripts, chunkDelayMs: 0 });
  const sink = recordingSink();
  const run = new AbortController();
  return {
    model, workspace, sink, run,
    rt: (lesson, options) => ({ lesson, model, sink, workspace, signal: run.signal, limits: { maxTurns: 30 }, options }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
