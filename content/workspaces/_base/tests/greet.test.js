import assert from 'node:assert/strict';
import { test } from 'node:test';
import { greet, languages } from '../src/greet.js';

test('greets in English by default', () => {
  assert.equal(greet('Ada'), 'Hello, Ada!');
});

test('greets in French', () => {
  assert.equal(greet('Ada', 'fr'), 'Bonjour, Ada!');
});

test('lists the languages it knows', () => {
  assert.deepEqual(languages(), ['en', 'fr', 'es', 'ja']);
});
