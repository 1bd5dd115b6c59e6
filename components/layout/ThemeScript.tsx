import { THEME_BOOT_SCRIPT } from '@/lib/theme/theme';

/** Sets the theme class in <head>, before the first paint, so a dark page never flashes white. */
export default function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />;
}
