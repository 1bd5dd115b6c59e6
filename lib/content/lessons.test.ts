import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileLesson, loadLessonSource } from './lessons';

describe('compileLesson', () => {
  it('gives headings their pinned id and removes the id from the text', async () => {
    const Content = await compileLesson('## The problem {#problem}\n\nSome *text*.');
    const html = renderToStaticMarkup(createElement(Content));
    expect(html).toContain('<h2 id="problem">The problem</h2>');
    expect(html).not.toContain('{#problem}');
  });

  it('keeps the same id for a heading in another language', async () => {
    const Content = await compileLesson('## 问题 {#problem}');
    expect(renderToStaticMarkup(createElement(Content))).toBe('<h2 id="problem">问题</h2>');
  });

  it('renders GitHub tables and the custom components it is given', async () => {
    const Content = await compileLesson('| a | b |\n|---|---|\n| 1 | 2 |\n\n<Callout>note</Callout>');
    const Callout = ({ children }: { children: React.ReactNode }) => createElement('aside', null, children);
    const html = renderToStaticMarkup(createElement(Content, { components: { Callout } }));
    expect(html).toContain('<table>');
    expect(html).toContain('<aside>note</aside>');
  });
});

describe('loadLessonSource', () => {
  async function root(files: Record<string, string>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'content-'));
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), text);
    }
    return dir;
  }

  it('reads the text of the requested locale when it exists', async () => {
    const dir = await root({ 'content/en/s01-agent-loop.mdx': 'en', 'content/ja/s01-agent-loop.mdx': 'ja' });
    expect(await loadLessonSource('s01', 'ja', dir)).toEqual({ source: 'ja', locale: 'ja', isFallback: false });
  });

  it('falls back to English, flagged, when the locale has no file', async () => {
    const dir = await root({ 'content/en/s01-agent-loop.mdx': 'en' });
    expect(await loadLessonSource('s01', 'zh', dir)).toEqual({ source: 'en', locale: 'en', isFallback: true });
  });
});
