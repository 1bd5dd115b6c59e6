'use client';
// The interactive shell around the pre-rendered code: file tabs (WAI-ARIA tabs, arrow keys move
// between them) and the source / diff toggle. All code is rendered on the server; this only shows
// one panel at a time.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface CodeFilePanel {
  path: string;
  label: string;
  body: ReactNode;
}

interface Props {
  files: CodeFilePanel[];
  diff: { label: string; body: ReactNode } | null;
  labels: { view: string; source: string; files: string };
}

type Mode = 'source' | 'diff';

export default function CodeViewer({ files, diff, labels }: Props) {
  const [mode, setMode] = useState<Mode>('source');
  const [active, setActive] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>) {
    const last = files.length - 1;
    const next =
      e.key === 'ArrowRight' ? (active === last ? 0 : active + 1)
      : e.key === 'ArrowLeft' ? (active === 0 ? last : active - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null;
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    tabs.current[next]?.focus();
  }

  return (
    <div className="flex flex-col gap-3">
      {diff && (
        <div role="group" aria-label={labels.view} className="inline-flex self-start rounded-lg border border-line bg-surface-muted p-0.5 text-sm">
          {(['source', 'diff'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
              className={`rounded-md px-3 py-1 font-medium transition-colors ${
                mode === m ? 'bg-surface text-fg shadow-sm' : 'text-fg-muted hover:text-fg'
              }`}
            >
              {m === 'source' ? labels.source : diff.label}
            </button>
          ))}
        </div>
      )}

      <div hidden={mode !== 'source'}>
        <div role="tablist" aria-label={labels.files} className="flex gap-1 overflow-x-auto border-b border-line">
          {files.map((f, i) => (
            <button
              key={f.path}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${i}`}
              aria-selected={i === active}
              aria-controls={`${id}-panel-${i}`}
              tabIndex={i === active ? 0 : -1}
              title={f.path}
              onClick={() => setActive(i)}
              onKeyDown={onTabKey}
              className={`-mb-px shrink-0 border-b-2 px-3 py-2 font-mono text-xs whitespace-nowrap transition-colors ${
                i === active ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:text-fg'
              }`}
            >
              {f.label}
            </button>
          ))}
        </div>
        {files.map((f, i) => (
          <div
            key={f.path}
            role="tabpanel"
            id={`${id}-panel-${i}`}
            aria-labelledby={`${id}-tab-${i}`}
            hidden={i !== active}
            className="pt-3"
          >
            {f.body}
          </div>
        ))}
      </div>

      {diff && <div hidden={mode !== 'diff'}>{diff.body}</div>}
    </div>
  );
}
