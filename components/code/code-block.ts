// Shared look of code blocks. Line and line-number styles sit on the block, so each of the thousands of
// lines on a page is a bare <span> (static pages stay small).
export const CODE_BLOCK =
  'overflow-x-auto rounded-lg border border-line bg-code-bg px-0 py-3 font-mono text-[0.8125rem] leading-6 text-code-fg';

export const CODE_LINES =
  'block min-w-max [&>span]:block [&>span]:min-h-6 [&>span]:px-4 ' +
  '[&_.ln]:mr-4 [&_.ln]:inline-block [&_.ln]:w-(--ln-width) [&_.ln]:text-right [&_.ln]:text-fg-subtle [&_.ln]:select-none';
