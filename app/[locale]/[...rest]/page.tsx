import { notFound } from 'next/navigation';

// Any path under a locale that no page claims (an unknown lesson id lands here too): the localized 404,
// with the header and language switcher. Next 16 answers it with status 404 but an empty HTML shell and
// renders the page in the browser, as for any 404 raised in a dynamic route (vercel/next.js#62228).
export default function UnknownPage() {
  notFound();
}
