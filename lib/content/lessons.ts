// Lesson texts: read the MDX for a locale (English when that locale has no file) and compile it.
// Runs on the server at build time; pages are statically generated.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import type { LessonId } from '@/lib/lessons/registry';
import { lessonTextPath, SOURCE_LOCALE } from './files';
import { escapePinnedIds } from './headings';
import { remarkPinnedIds } from './pinned-ids';

export interface LessonSource {
  source: string;
  /** The locale the text is actually in. */
  locale: string;
  /** True when the requested locale had no file and English is shown instead. */
  isFallback: boolean;
}

export async function loadLessonSource(lessonId: LessonId, locale: string, root = process.cwd()): Promise<LessonSource> {
  const own = await readIfExists(path.join(/*turbopackIgnore: true*/ root, lessonTextPath(lessonId, locale)));
  if (own !== null) return { source: own, locale, isFallback: false };
  const english = await readFile(path.join(/*turbopackIgnore: true*/ root, lessonTextPath(lessonId, SOURCE_LOCALE)), 'utf8');
  return { source: english, locale: SOURCE_LOCALE, isFallback: locale !== SOURCE_LOCALE };
}

/** Compile MDX into a component; `<Code>`, `<Callout>` and headings are supplied when it renders. */
export async function compileLesson(source: string): Promise<MDXContent> {
  // Imported on first use: both packages are ESM-only, and the content check runs under tsx as CommonJS.
  const [{ evaluate }, { default: remarkGfm }] = await Promise.all([import('@mdx-js/mdx'), import('remark-gfm')]);
  const { default: Content } = await evaluate(escapePinnedIds(source), {
    ...runtime,
    remarkPlugins: [remarkGfm, remarkPinnedIds],
  });
  return Content;
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
