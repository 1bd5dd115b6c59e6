// s03: the todo list the model keeps for itself. The rules live here; the tool and the reminder use them.
import type { TodoItem, TodoStatus } from '../../timeline/events';
import { ToolError } from '../../agent/types';

export const MAX_TODOS = 20;
const STATUSES: readonly TodoStatus[] = ['pending', 'in_progress', 'completed'];
const MARKS: Record<TodoStatus, string> = { pending: '[ ]', in_progress: '[>]', completed: '[x]' };

export class TodoManager {
  private list: TodoItem[] = [];
  /** Bumped on every accepted update, so the reminder can tell whether the model kept its list current. */
  version = 0;

  get items(): readonly TodoItem[] {
    return this.list;
  }

  // #region todo-rules
  /** Replace the whole list. Anything the model got wrong comes back as a ToolError it can fix. */
  update(raw: unknown): TodoItem[] {
    if (!Array.isArray(raw)) throw new ToolError('"items" must be an array of {id, text, status}');
    if (raw.length > MAX_TODOS) throw new ToolError(`too many todos: ${raw.length} (at most ${MAX_TODOS}); merge or drop some`);
    const items = raw.map((entry, i) => parseItem(entry, i + 1));
    const ids = new Set<string>();
    for (const item of items) {
      if (ids.has(item.id)) throw new ToolError(`duplicate todo id "${item.id}"; ids must be unique`);
      ids.add(item.id);
    }
    const active = items.filter((t) => t.status === 'in_progress');
    if (active.length > 1) {
      throw new ToolError(
        `only one todo may be in_progress at a time, got ${active.length} (${active.map((t) => `"${t.id}"`).join(', ')}); finish one first`,
      );
    }
    this.list = items;
    this.version += 1;
    return items;
  }
  // #endregion

  /** True when there is something left to track (an empty list counts: nothing was planned yet). */
  hasOpenWork(): boolean {
    return this.list.length === 0 || this.list.some((t) => t.status !== 'completed');
  }

  render(): string {
    if (this.list.length === 0) return 'No todos.';
    const lines = this.list.map((t) => `${MARKS[t.status]} ${t.id}: ${t.text}`);
    const done = this.list.filter((t) => t.status === 'completed').length;
    return `${lines.join('\n')}\n(${done}/${this.list.length} completed)`;
  }
}

function parseItem(entry: unknown, position: number): TodoItem {
  const where = `item ${position}`;
  if (typeof entry !== 'object' || entry === null) throw new ToolError(`${where}: must be an object {id, text, status}`);
  const { id, text, status } = entry as Record<string, unknown>;
  const idText = typeof id === 'number' ? String(id) : id;
  if (typeof idText !== 'string' || idText.trim() === '') throw new ToolError(`${where}: "id" must be a non-empty string`);
  if (typeof text !== 'string' || text.trim() === '') throw new ToolError(`${where} (id "${idText}"): "text" must be a non-empty string`);
  if (!STATUSES.includes(status as TodoStatus)) {
    throw new ToolError(`${where} (id "${idText}"): "status" must be one of ${STATUSES.join(', ')}, got ${JSON.stringify(status)}`);
  }
  return { id: idText.trim(), text: text.trim(), status: status as TodoStatus };
}
