// A unified diff: old and new line numbers, a +/− sign and a tint per changed line. The sign and a
// screen-reader word carry the meaning, so colour is never the only signal.
import type { CSSProperties } from 'react';
import type { RowKind } from '@/lib/content/diff';
import type { DiffRowView } from '@/lib/content/lesson-code';
import { CODE_BLOCK, CODE_LINES } from './code-block';
import TokenLine from './TokenLine';
import TokenStyles from './TokenStyles';

export interface DiffLabels {
  added: string;
  removed: string;
  skipped: string;
  region: string;
}

const ROW: Record<RowKind, { sign: string; row?: string; signColor: string }> = {
  added: { sign: '+', row: 'bg-ok-soft', signColor: 'text-ok' },
  removed: { sign: '−', row: 'bg-danger-soft', signColor: 'text-danger' },
  context: { sign: ' ', signColor: 'text-fg-subtle' },
};

export default function DiffLines({ hunks, labels }: { hunks: DiffRowView[][]; labels: DiffLabels }) {
  const rows = hunks.flat();
  const width = String(Math.max(1, ...rows.map((r) => Math.max(r.oldLine ?? 0, r.newLine ?? 0)))).length;
  return (
    // A region, so its name is announced (a name on a bare <pre> is not).
    <pre className={CODE_BLOCK} tabIndex={0} role="region" aria-label={labels.region}>
      <TokenStyles lines={rows.map((r) => r.tokens)} />
      <code className={CODE_LINES} style={{ '--ln-width': `${width}ch` } as CSSProperties}>
        {hunks.map((hunk, h) => [
          h > 0 && (
            <span key={`gap-${h}`} className="bg-surface-muted text-fg-subtle">
              <span aria-hidden="true">⋯</span>
              <span className="sr-only">{labels.skipped}</span>
            </span>
          ),
          ...hunk.map((r, i) => {
            const look = ROW[r.kind];
            return (
              <span key={`${h}-${i}`} className={look.row}>
                <span className="ln" aria-hidden="true">
                  {r.oldLine ?? ''}
                </span>
                <span className="ln" aria-hidden="true">
                  {r.newLine ?? ''}
                </span>
                <span aria-hidden="true" className={`mr-2 inline-block w-[1ch] font-bold select-none ${look.signColor}`}>
                  {look.sign}
                </span>
                {r.kind !== 'context' && <span className="sr-only select-none">{labels[r.kind]} </span>}
                <TokenLine tokens={r.tokens} />
              </span>
            );
          }),
        ])}
      </code>
    </pre>
  );
}
