import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args';

describe('parseCliArgs', () => {
  it('takes a lesson and optional prompt, record file and workspace', () => {
    expect(parseCliArgs(['s02', '--prompt', 'hi', '--record', 't.jsonl', '--workspace', '/tmp/w'])).toEqual({
      kind: 'run', args: { lesson: 's02', prompt: 'hi', record: 't.jsonl', workspace: '/tmp/w' },
    });
    expect(parseCliArgs(['s08'])).toEqual({ kind: 'run', args: { lesson: 's08' } });
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], 'missing the lesson id'],
    [['s99'], 'unknown lesson "s99"; expected one of s01'],
    [['s01', 'list', 'files'], 'unexpected argument "list"'],
    [['s01', '--prompt', '  '], '--prompt is empty'],
    [['s01', '--record', 'x.jsonl'], '--record needs --prompt'],
    [['s01', '--colour'], "Unknown option '--colour'"],
  ])('names what is wrong with %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });
});
