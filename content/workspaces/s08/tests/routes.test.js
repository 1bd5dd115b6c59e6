import assert from 'node:assert/strict';
import { setTimeout as wait } from 'node:timers/promises';
import { test } from 'node:test';
import { handle } from '../src/server.js';

// These route tests wait on purpose (a stand-in for a slow integration suite): lesson s08 runs the suite
// in the background, and it should take long enough to be worth not waiting for.
const SLOW_MS = 1000;

test('GET /greet greets by name and language', async () => {
  await wait(SLOW_MS);
  assert.deepEqual(handle('/greet?name=Ada&lang=es'), { status: 200, body: 'Hola, Ada!' });
});

test('GET /add adds numbers, not strings', async () => {
  await wait(SLOW_MS);
  assert.deepEqual(handle('/add?a=2&b=3'), { status: 200, body: '5' });
});

test('unknown paths are 404', async () => {
  await wait(SLOW_MS);
  assert.equal(handle('/nope').status, 404);
});
