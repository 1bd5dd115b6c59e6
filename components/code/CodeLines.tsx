// A block of highlighted code with line numbers that match the real file (kept out of copied text
// and hidden from screen readers).
import type { CSSProperties } from 'react';
import type { Line } from '@/lib/content/highlight';
import { linesToHtml } from '@/lib/content/lines-html';
import { CODE_BLOCK, CODE_LINES } from './code-block';
import TokenStyles from './TokenStyles';

interface Props {
  lines: Line[];
  /** Number of the first line in its file; omit to hide line numbers (diagrams, shell snippets). */
  firstLine?: number;
  label?: string;
}

export default function CodeLines({ lines, firstLine, label }: Props) {
  const width = firstLine === undefined ? 0 : String(firstLine + lines.length - 1).length;
  return (
    // Focusable so a keyboard user can scroll long lines sideways. A labelled block is a region: a name
    // on a bare <pre> is not announced (and ARIA prohibits it there).
    <pre className={CODE_BLOCK} tabIndex={0} role={label ? 'region' : undefined} aria-label={label}>
      <TokenStyles lines={lines} />
      {/* linesToHtml escapes every token: the string holds only our spans and the code as text. */}
      <code
        className={CODE_LINES}
        style={{ '--ln-width': `${width}ch` } as CSSProperties}
        dangerouslySetInnerHTML={{ __html: linesToHtml(lines, firstLine) }}
      />
    </pre>
  );
}
