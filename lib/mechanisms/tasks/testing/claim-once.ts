// Test support: one separate process claiming a task, for the cross-process claim race.
// Usage: tsx claim-once.ts <tasks dir> <task id> <owner> <barrier dir>
// It writes <barrier dir>/ready-<owner>, waits for <barrier dir>/go (so all claimers start together),
// claims, and prints "claimed" or the refusal.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TaskBoard } from '../task-board';

const [dir, id, owner, barrier] = process.argv.slice(2);
writeFileSync(join(barrier, `ready-${owner}`), '');
const wait = setInterval(() => {
  if (!existsSync(join(barrier, 'go'))) return;
  clearInterval(wait);
  new TaskBoard(dir).claim(Number(id), owner).then(
    () => console.log('claimed'),
    (err: Error) => console.log(`refused: ${err.message}`),
  );
}, 1);
