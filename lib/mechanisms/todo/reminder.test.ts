import { describe, expect, it } from 'vitest';
import { recordingState } from '../testing/loop-state';
import { REMINDER_TEXT, todoReminder } from './reminder';
import { TodoManager } from './todo-manager';

/** Simulate the loop: a model turn happened, with or without a todo update, then the next call is prepared. */
async function modelTurn(hook: ReturnType<typeof todoReminder>, ctx: ReturnType<typeof recordingState>, todos: TodoManager, updateTodos: boolean) {
  const { state } = ctx;
  state.turn += 1;
  state.messages.push({ role: 'assistant', content: [{ type: 'text', text: `turn ${state.turn}` }] });
  if (updateTodos) todos.update([{ id: '1', text: 'work', status: 'in_progress' }]);
  state.messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: `t${state.turn}`, content: 'ok' }] });
  await hook.beforeModelCall!(state);
}

function reminderCount(ctx: ReturnType<typeof recordingState>) {
  return ctx.sink.ofType('todo.reminder').length;
}

describe('todo reminder', () => {
  it('reminds after exactly 3 model turns without a todo update', async () => {
    const todos = new TodoManager();
    const ctx = recordingState();
    const hook = todoReminder(todos);
    await hook.beforeModelCall!(ctx.state); // before the first call: nothing happened yet
    await modelTurn(hook, ctx, todos, true);
    await modelTurn(hook, ctx, todos, false);
    await modelTurn(hook, ctx, todos, false);
    expect(reminderCount(ctx)).toBe(0);
    await modelTurn(hook, ctx, todos, false);
    expect(ctx.sink.ofType('todo.reminder')).toMatchObject([{ turnsSinceUpdate: 3, actor: 'main' }]);
  });

  it('puts the reminder into the last user turn instead of adding a second one in a row', async () => {
    const todos = new TodoManager();
    const ctx = recordingState();
    const hook = todoReminder(todos);
    for (let i = 0; i < 3; i++) await modelTurn(hook, ctx, todos, false);
    const last = ctx.state.messages.at(-1)!;
    expect(last.role).toBe('user');
    expect(last.content).toEqual([
      { type: 'tool_result', tool_use_id: 't3', content: 'ok' },
      { type: 'text', text: REMINDER_TEXT },
    ]);
    expect(ctx.sink.ofType('messages.replaced').at(-1)).toMatchObject({ reason: 'todo-reminder' });
  });

  it('an update resets the count, and after a reminder it counts again from zero', async () => {
    const todos = new TodoManager();
    const ctx = recordingState();
    const hook = todoReminder(todos);
    await modelTurn(hook, ctx, todos, false);
    await modelTurn(hook, ctx, todos, false);
    await modelTurn(hook, ctx, todos, true);
    await modelTurn(hook, ctx, todos, false);
    await modelTurn(hook, ctx, todos, false);
    expect(reminderCount(ctx)).toBe(0);
    await modelTurn(hook, ctx, todos, false);
    expect(reminderCount(ctx)).toBe(1);
    await modelTurn(hook, ctx, todos, false);
    await modelTurn(hook, ctx, todos, false);
    expect(reminderCount(ctx)).toBe(1);
  });

  it('stays quiet when every todo is completed', async () => {
    const todos = new TodoManager();
    todos.update([{ id: '1', text: 'done', status: 'completed' }]);
    const ctx = recordingState();
    const hook = todoReminder(todos);
    for (let i = 0; i < 4; i++) await modelTurn(hook, ctx, todos, false);
    expect(reminderCount(ctx)).toBe(0);
  });
});
