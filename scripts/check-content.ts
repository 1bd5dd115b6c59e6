// The content check (npm run check:content): every lesson text in every locale, compiling, with the same
// pinned heading ids everywhere, every <Code> include pointing at a real file and region, and every UI
// message translated. Prints each problem and exits 1 if there is any.
import { LOCALES } from '@/i18n/routing';
import { lessonTextPath, SOURCE_LOCALE } from '@/lib/content/files';
import { projectReader } from '@/lib/content/project-files';
import { checkCodeRefs } from '@/lib/content-check/code-refs';
import { checkCompiles } from '@/lib/content-check/compiles';
import { checkHeadingIds, type LessonTexts } from '@/lib/content-check/heading-ids';
import { checkLessonFiles } from '@/lib/content-check/lesson-files';
import { checkMessages, formatMessageProblem } from '@/lib/content-check/messages';
import { LESSON_IDS } from '@/lib/lessons/registry';

async function main(): Promise<number> {
  const read = projectReader();
  const locales = [SOURCE_LOCALE, ...LOCALES.filter((l) => l !== SOURCE_LOCALE)];
  const problems: string[] = [...checkLessonFiles(locales, (file) => read(file) !== null)];

  for (const id of LESSON_IDS) {
    const texts: LessonTexts = [];
    for (const locale of locales) {
      const file = lessonTextPath(id, locale);
      const source = read(file);
      if (source !== null) texts.push({ locale, file, source });
    }
    for (const { file, source } of texts) {
      problems.push(...(await checkCompiles(file, source)), ...checkCodeRefs(file, source, read));
    }
    // Without the English text there is nothing to compare the others against (already reported missing).
    if (texts[0]?.locale === SOURCE_LOCALE) problems.push(...checkHeadingIds(texts));
  }

  const catalogs: Record<string, unknown> = {};
  for (const locale of locales) {
    const text = read(`messages/${locale}.json`);
    if (text === null) problems.push(`messages/${locale}.json: missing`);
    else {
      try {
        catalogs[locale] = JSON.parse(text);
      } catch (err) {
        problems.push(`messages/${locale}.json: not valid JSON: ${(err as Error).message}`);
      }
    }
  }
  problems.push(...checkMessages(catalogs, SOURCE_LOCALE).map(formatMessageProblem));

  const unique = [...new Set(problems)];
  if (unique.length > 0) {
    console.error(`Content check: ${unique.length} problem${unique.length === 1 ? '' : 's'}`);
    for (const p of unique) console.error(`  - ${p}`);
    return 1;
  }
  console.log(`Content check: ${LESSON_IDS.length} lessons × ${locales.length} locales — texts, headings, code includes and messages OK`);
  return 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(1);
});
