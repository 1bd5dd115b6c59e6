// An aside in a lesson text: a note, a tip or a warning. The kind is named in words, not only by colour.
import type { ReactNode } from 'react';

export type CalloutKind = 'note' | 'tip' | 'warning';

const LOOK: Record<CalloutKind, string> = {
  note: 'border-info bg-info-soft',
  tip: 'border-ok bg-ok-soft',
  warning: 'border-warn bg-warn-soft',
};

export default function Callout({ kind, label, children }: { kind: CalloutKind; label: string; children: ReactNode }) {
  return (
    <aside role="note" aria-label={label} className={`rounded-r-lg border-l-4 px-4 py-3 ${LOOK[kind]}`}>
      <p className="mb-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">{label}</p>
      <div className="[&>*+*]:mt-2">{children}</div>
    </aside>
  );
}
