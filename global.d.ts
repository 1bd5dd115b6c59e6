// Types next-intl's message keys and locales from en.json, so a misspelt key is a compile error.
import type { Locale } from '@/lib/i18n/locales';
import type messages from './messages/en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
