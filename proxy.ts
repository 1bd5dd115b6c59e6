// Every page request passes through next-intl: `/` goes to the visitor's language (NEXT_LOCALE cookie,
// else Accept-Language), and a path without a locale gets one.
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Skip API routes, Next internals and anything that looks like a file (icon.svg, robots.txt…).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
