'use client';
// s07/s11: the task board in three columns; dependencies as "blocked by", owners and claims shown.
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { TaskRecord, TaskStatus } from '@/lib/timeline/events';
import type { RunState } from '@/lib/timeline/state';
import { Empty, Panel } from './Panel';

const COLUMNS: readonly TaskStatus[] = ['pending', 'in_progress', 'completed'];

export const TaskBoardPanel = memo(function TaskBoardPanel({ tasks, claims }: { tasks: RunState['tasks']; claims: RunState['claims'] }) {
  const t = useTranslations('player.panels.tasks');
  const all: TaskRecord[] = Object.values(tasks).sort((a, b) => a.id - b.id);
  const claimed = new Set(claims.map((c) => c.taskId));
  return (
    <Panel id="tasks" title={t('title')} note={claims.length > 0 ? t('claims', { count: claims.length }) : undefined}>
      {all.length === 0 ? <Empty>{t('empty')}</Empty> : (
        <div className="grid gap-2 @md:grid-cols-3">
          {COLUMNS.map((status) => (
            <div key={status} className="min-w-0 rounded-lg bg-bg-subtle p-2">
              <h4 className="mb-1.5 text-xs font-semibold text-fg-muted">{t(`status.${status}`)}</h4>
              <ul className="flex flex-col gap-1.5">
                {all.filter((task) => task.status === status).map((task) => {
                  const blocked = task.status === 'pending' && task.blockedBy.length > 0;
                  return (
                    <li key={task.id} className={`rounded-md border bg-surface p-2 text-xs ${blocked ? 'border-dashed border-warn' : 'border-line'}`}>
                      <p className="font-medium text-fg"><span className="font-mono text-fg-subtle">#{task.id}</span> {task.subject}</p>
                      {blocked && <p className="mt-0.5 text-warn">◌ {t('blockedBy', { ids: task.blockedBy.map((i) => `#${i}`).join(', ') })}</p>}
                      {task.owner && (
                        <p className="mt-0.5 text-fg-muted">
                          {claimed.has(task.id) ? t('claimedBy', { owner: task.owner }) : t('owner', { owner: task.owner })}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      )}
    </Panel>
  );
});
