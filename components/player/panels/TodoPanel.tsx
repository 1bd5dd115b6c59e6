'use client';
// s03: the todo list the model keeps, one item in progress at a time.
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { TodoItem, TodoStatus } from '@/lib/timeline/events';
import { Empty, Panel } from './Panel';

const MARK: Record<TodoStatus, { symbol: string; className: string }> = {
  pending: { symbol: '○', className: 'text-fg-muted' },
  in_progress: { symbol: '▸', className: 'font-semibold text-accent' },
  completed: { symbol: '✓', className: 'text-ok line-through decoration-1' },
};

export const TodoPanel = memo(function TodoPanel({ todos, reminders }: { todos: TodoItem[]; reminders: number }) {
  const t = useTranslations('player.panels.todo');
  return (
    <Panel id="todo" title={t('title')} note={reminders > 0 ? t('reminders', { count: reminders }) : undefined}>
      {todos.length === 0 ? <Empty>{t('empty')}</Empty> : (
        <ul className="flex flex-col gap-1.5">
          {todos.map((item) => (
            <li key={item.id} className={`flex gap-2 text-sm ${MARK[item.status].className}`}>
              <span aria-hidden="true" className="w-4 shrink-0 text-center">{MARK[item.status].symbol}</span>
              <span className="min-w-0 flex-1">{item.text}</span>
              <span className="shrink-0 text-xs font-normal text-fg-subtle no-underline">{t(`status.${item.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
});
