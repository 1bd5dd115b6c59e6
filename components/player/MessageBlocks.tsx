'use client';
// One message's blocks, readable: text, tool_use with its input, tool_result with the tool it answers,
// and the blocks the harness injects (<background-results>, <inbox>, …) set apart.
import { useTranslations } from 'next-intl';
import type { DisplayBlock } from '@/lib/player/messages-view';
import { BG_STYLE } from './lane-styles';

const LONG = 1200;

/** Long text shows its start; the rest is one click away, so the panel never needs inner scrollbars. */
function LongText({ text, className }: { text: string; className: string }) {
  const t = useTranslations('player.messages');
  if (text.length <= LONG) return <pre className={className}>{text}</pre>;
  return (
    <details>
      <summary className="cursor-pointer list-none">
        <pre className={className}>{text.slice(0, LONG)}…</pre>
        <span className="mt-1 inline-block text-xs font-medium text-accent underline underline-offset-2">{t('showAll', { count: text.length })}</span>
      </summary>
      <pre className={className}>{text.slice(LONG)}</pre>
    </details>
  );
}

const pre = 'font-mono text-xs leading-relaxed whitespace-pre-wrap break-words text-fg';

export function MessageBlock({ block }: { block: DisplayBlock }) {
  const t = useTranslations('player.messages');
  const tl = useTranslations('player.lanes');
  switch (block.kind) {
    case 'text':
      return <LongText text={block.text} className="font-sans text-sm leading-relaxed whitespace-pre-wrap break-words text-fg" />;
    case 'tool_use':
      return (
        <div className="rounded-md border border-accent/40 bg-accent-soft/50 px-2.5 py-2">
          <p className="mb-1 text-xs text-fg-muted">
            <span className="font-mono font-semibold text-accent">tool_use</span> · <span className="font-mono font-semibold text-fg">{block.name}</span>{' '}
            <span className="font-mono text-fg-subtle">{block.id}</span>
          </p>
          <LongText text={block.input} className={pre} />
        </div>
      );
    case 'tool_result':
      return (
        <div className={`rounded-md border px-2.5 py-2 ${block.isError ? 'border-danger bg-danger-soft' : 'border-line-strong bg-surface-muted'}`}>
          <p className="mb-1 text-xs text-fg-muted">
            <span className="font-mono font-semibold text-fg">tool_result</span>
            {block.toolName && <> · {t('answers', { tool: block.toolName })}</>}{' '}
            <span className="font-mono text-fg-subtle">{block.toolUseId}</span>
            {block.isError && <span className="ml-2 font-semibold text-danger">✕ {t('error')}</span>}
          </p>
          <LongText text={block.content || t('noOutput')} className={pre} />
        </div>
      );
    case 'background_results':
      return (
        <div className="rounded-md border border-ok bg-ok-soft/60 px-2.5 py-2" data-testid="background-results">
          <p className="mb-1.5 font-mono text-xs font-semibold text-ok">&lt;background-results&gt;</p>
          <ul className="flex flex-col gap-1">
            {block.results.map((r) => {
              const style = BG_STYLE[r.status as keyof typeof BG_STYLE] ?? BG_STYLE.completed;
              return (
                <li key={r.id} className="font-mono text-xs">
                  <span className="font-semibold text-fg">[bg:{r.id}]</span>{' '}
                  <span className={`font-semibold ${style.text}`}>{style.symbol} {r.status in BG_STYLE ? tl(`bg.${r.status as keyof typeof BG_STYLE}`) : r.status}</span>
                  {r.output && <LongText text={r.output} className={`${pre} mt-0.5 text-fg-muted`} />}
                </li>
              );
            })}
          </ul>
        </div>
      );
    case 'tagged':
      return (
        <div className="rounded-md border border-info/50 bg-info-soft/60 px-2.5 py-2">
          <p className="mb-1 font-mono text-xs font-semibold text-info">&lt;{block.tag}&gt;</p>
          <LongText text={block.body} className={pre} />
        </div>
      );
    default: {
      const never: never = block;
      return never;
    }
  }
}
