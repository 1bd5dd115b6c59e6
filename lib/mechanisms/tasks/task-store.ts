// The task board on disk: one JSON file per task, `.tasks/task_<id>.json`. Writes are atomic (temp + rename),
// so a reader never sees half a file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TaskRecord } from '../../timeline/events';

const TASK_FILE = /^task_(\d+)\.json$/;

export function taskPath(dir: string, id: number): string {
  return join(dir, `task_${id}.json`);
}

export async function readAllTasks(dir: string): Promise<Map<number, TaskRecord>> {
  await mkdir(dir, { recursive: true });
  const tasks = new Map<number, TaskRecord>();
  for (const name of (await readdir(dir)).filter((n) => TASK_FILE.test(n))) {
    const path = join(dir, name);
    tasks.set(idOf(name), parseTask(await readFile(path, 'utf8'), path));
  }
  return tasks;
}

/** The same, synchronously: for a quick look from a REPL command, never for a change. */
export function readAllTasksSync(dir: string): Map<number, TaskRecord> {
  const tasks = new Map<number, TaskRecord>();
  if (!existsSync(dir)) return tasks;
  for (const name of readdirSync(dir).filter((n) => TASK_FILE.test(n))) {
    const path = join(dir, name);
    tasks.set(idOf(name), parseTask(readFileSync(path, 'utf8'), path));
  }
  return tasks;
}

export async function writeTask(dir: string, task: TaskRecord): Promise<void> {
  const path = taskPath(dir, task.id);
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, `${JSON.stringify(task, null, 2)}\n`);
  await rename(temp, path);
}

function idOf(name: string): number {
  return Number(TASK_FILE.exec(name)![1]);
}

function parseTask(text: string, path: string): TaskRecord {
  try {
    return JSON.parse(text) as TaskRecord;
  } catch {
    throw new Error(`${path} is not valid JSON; fix or delete it`);
  }
}
