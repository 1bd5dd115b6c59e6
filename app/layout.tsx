import './globals.css';

// The real root layout is app/[locale]/layout.tsx (it owns <html lang>). This one exists because the
// root not-found page (unknown locales) needs a layout above it; it adds nothing.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
