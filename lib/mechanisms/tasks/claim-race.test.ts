import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { TaskBoard } from './task-board';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const WORKER = join(__dirname, 'testing/claim-once.ts');
const OWNERS = ['p0', 'p1', 'p2', 'p3', 'p4'];

it('lets exactly one of several processes claim the same task', async () => {
  const root = await mkdtemp(join(tmpdir(), 'claim-race-'));
  const dir = join(root, '.tasks');
  try {
    await new TaskBoard(dir).create({ subject: 'contested' });
    const claimers = OWNERS.map((owner) => run(TSX, [WORKER, dir, '1', owner, root]));
    // Release them together once every process is up, so their claims really overlap.
    while ((await readdir(root)).filter((f) => f.startsWith('ready-')).length < OWNERS.length) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await writeFile(join(root, 'go'), '');
    const outputs = (await Promise.all(claimers)).map((r) => r.stdout.trim());
    expect(outputs.filter((o) => o === 'claimed')).toHaveLength(1);
    expect(outputs.filter((o) => o.startsWith('refused: task 1 is already owned by p'))).toHaveLength(OWNERS.length - 1);
    expect((await new TaskBoard(dir).get(1)).status).toBe('in_progress');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}, 60_000);
