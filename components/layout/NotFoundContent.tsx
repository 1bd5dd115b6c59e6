import Link from 'next/link';

interface NotFoundText {
  code: string;
  title: string;
  body: string;
  home: string;
  firstLesson: string;
}

/** The 404 body, shared by the localized page and the root one (which has no locale context). */
export default function NotFoundContent({ text, locale }: { text: NotFoundText; locale: string }) {
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col items-center px-6 py-24 text-center sm:py-32">
      <p className="font-mono text-sm font-semibold text-accent">{text.code}</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{text.title}</h1>
      <p className="mt-4 text-fg-muted text-pretty">{text.body}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          href={`/${locale}`}
          className="rounded-lg bg-accent px-4 py-2.5 text-sm font-semibold text-accent-fg hover:bg-accent-strong"
        >
          {text.home}
        </Link>
        <Link
          href={`/${locale}/lessons/s01`}
          className="rounded-lg border border-line-strong px-4 py-2.5 text-sm font-semibold hover:bg-surface-muted"
        >
          {text.firstLesson}
        </Link>
      </div>
    </main>
  );
}
