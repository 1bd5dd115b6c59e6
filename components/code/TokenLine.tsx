// One highlighted line: coloured tokens are spans with a class naming their light and dark colour.
import type { Line } from '@/lib/content/highlight';
import { tokenClass } from '@/lib/content/lines-html';

export default function TokenLine({ tokens }: { tokens: Line }) {
  return (
    <>
      {tokens.map((t, i) => {
        const className = tokenClass(t);
        return className ? (
          <span key={i} className={className}>
            {t.text}
          </span>
        ) : (
          t.text
        );
      })}
    </>
  );
}
