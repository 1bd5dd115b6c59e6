// s03: the `todo` tool. The model sends its whole list each time; the manager checks the rules.
import type { Tool } from '../../agent/types';
import type { TodoManager } from './todo-manager';

export function createTodoTool(todos: TodoManager): Tool {
  return {
    name: 'todo',
    description:
      'Replace your todo list (send the whole list every time). Use it to plan multi-step work and keep it current: ' +
      'mark exactly one item in_progress while you work on it and completed as soon as it is done.',
    input_schema: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              text: { type: 'string' },
              status: { type: 'string', enum: ['pending', 'in_progress', 'completed'] },
            },
            required: ['id', 'text', 'status'],
          },
        },
      },
      required: ['items'],
    },
    async run(input, ctx) {
      const items = todos.update(input.items);
      ctx.sink.emit({ type: 'todo.updated', actor: ctx.actor, items });
      return todos.render();
    },
  };
}
