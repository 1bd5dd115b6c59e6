// The components a lesson's MDX renders with: anchored headings, highlighted code blocks, <Code>
// includes of real source regions, and <Callout>. Server-only (they highlight at build time).
import type { MDXComponents } from 'mdx/types';
import type { ReactElement, ReactNode } from 'react';
import CodeLines from '@/components/code/CodeLines';
import { highlightLines, languageOf } from '@/lib/content/highlight';
import { loadCodeInclude } from '@/lib/content/includes';
import Callout, { type CalloutKind } from './Callout';
import { textOf } from './text-of';

export interface TextLabels {
  anchor: (title: string) => string;
  callout: Record<CalloutKind, string>;
  /** The caption of an included region: its file (styled as a path) and line range. */
  lines: (file: string, from: number, to: number) => ReactNode;
}

function heading(Tag: 'h2' | 'h3', anchor: TextLabels['anchor']) {
  return function Heading({ id, children }: { id?: string; children?: ReactNode }) {
    return (
      <Tag id={id} className="group scroll-mt-20">
        {children}
        {id && (
          <a
            href={`#${id}`}
            aria-label={anchor(textOf(children))}
            className="ml-2 text-fg-subtle no-underline opacity-0 group-hover:opacity-100 focus-visible:opacity-100 [@media(hover:none)]:opacity-60"
          >
            #
          </a>
        )}
      </Tag>
    );
  };
}

/** A fenced block: highlighted when its language is known, plain (diagrams) otherwise. */
async function Pre({ children }: { children?: ReactNode }) {
  const code = children as ReactElement<{ className?: string; children?: ReactNode }>;
  const lines = await highlightLines(textOf(code.props.children), languageOf(code.props.className));
  return <CodeLines lines={lines} />;
}

export function lessonComponents(labels: TextLabels): MDXComponents {
  async function Code({ file, region }: { file: string; region?: string }) {
    const inc = await loadCodeInclude(file, region);
    const caption = labels.lines(inc.file, inc.firstLine, inc.lastLine);
    return (
      <figure className="flex flex-col gap-1.5">
        <figcaption className="text-xs text-fg-subtle">{caption}</figcaption>
        <CodeLines lines={inc.lines} firstLine={inc.firstLine} label={textOf(caption)} />
      </figure>
    );
  }

  function LessonCallout({ kind = 'note', children }: { kind?: CalloutKind; children?: ReactNode }) {
    return (
      <Callout kind={kind} label={labels.callout[kind]}>
        {children}
      </Callout>
    );
  }

  return {
    h2: heading('h2', labels.anchor),
    h3: heading('h3', labels.anchor),
    pre: Pre,
    Code,
    Callout: LessonCallout,
  };
}
