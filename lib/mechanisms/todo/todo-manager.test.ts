import { describe, expect, it } from 'vitest';
import { ToolError } from '../../agent/types';
import { MAX_TODOS, TodoManager } from './todo-manager';

const item = (id: string, status = 'pending', text = `do ${id}`) => ({ id, text, status });

describe('TodoManager', () => {
  it('accepts a list and renders it with a progress count', () => {
    const todos = new TodoManager();
    todos.update([item('1', 'completed'), item('2', 'in_progress'), item('3')]);
    expect(todos.render()).toBe('[x] 1: do 1\n[>] 2: do 2\n[ ] 3: do 3\n(1/3 completed)');
  });

  it('allows at most one item in_progress', () => {
    const todos = new TodoManager();
    expect(() => todos.update([item('a', 'in_progress'), item('b', 'in_progress')])).toThrow(
      /only one todo may be in_progress at a time, got 2 \("a", "b"\)/,
    );
  });

  it('keeps the previous list when an update is refused', () => {
    const todos = new TodoManager();
    todos.update([item('a')]);
    expect(() => todos.update([item('a', 'done')])).toThrow(ToolError);
    expect(todos.items).toEqual([{ id: 'a', text: 'do a', status: 'pending' }]);
    expect(todos.version).toBe(1);
  });

  it('names the item and the allowed values when a status is wrong', () => {
    expect(() => new TodoManager().update([item('a'), item('b', 'done')])).toThrow(
      'item 2 (id "b"): "status" must be one of pending, in_progress, completed, got "done"',
    );
  });

  it(`refuses more than ${MAX_TODOS} items`, () => {
    const many = Array.from({ length: MAX_TODOS + 1 }, (_, i) => item(String(i)));
    expect(() => new TodoManager().update(many)).toThrow(`too many todos: ${MAX_TODOS + 1}`);
  });

  it('refuses duplicate ids, missing text and a non-array', () => {
    const todos = new TodoManager();
    expect(() => todos.update([item('a'), item('a')])).toThrow('duplicate todo id "a"');
    expect(() => todos.update([{ id: 'a', status: 'pending' }])).toThrow('item 1 (id "a"): "text" must be a non-empty string');
    expect(() => todos.update('buy milk')).toThrow('"items" must be an array');
  });
});
