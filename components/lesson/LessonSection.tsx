import { getTranslations } from 'next-intl/server';
import { sectionId, type LessonSectionKey } from './sections';

interface Props {
  section: LessonSectionKey;
  /** h2 for the page's main sections; h3 for one nested in another. */
  level?: 2 | 3;
  /** The lesson text brings its own headings; its section title is for screen readers only. */
  hideTitle?: boolean;
  className?: string;
  children: React.ReactNode;
}

/** One titled, linkable region of the lesson page; the components inside render only content. */
export default async function LessonSection({ section, level = 2, hideTitle, className, children }: Props) {
  const t = await getTranslations('lesson.sections');
  const id = sectionId(section);
  const Heading = level === 2 ? 'h2' : 'h3';
  const size = level === 2 ? 'text-2xl' : 'text-xl';
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`min-w-0 ${className ?? ''}`}>
      <Heading id={`${id}-title`} className={hideTitle ? 'sr-only' : `mb-5 ${size} font-bold tracking-tight`}>
        {t(section)}
      </Heading>
      {children}
    </section>
  );
}
