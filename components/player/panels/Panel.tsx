// The frame every per-lesson panel shares: a titled card with an optional note under the title.
export function Panel({ id, title, note, children }: { id: string; title: string; note?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`panel-${id}-title`} className="@container rounded-xl border border-line bg-surface p-4" data-testid={`panel-${id}`}>
      <h3 id={`panel-${id}-title`} className="text-sm font-semibold text-fg">{title}</h3>
      {note && <p className="text-xs text-fg-subtle">{note}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-fg-subtle">{children}</p>;
}
