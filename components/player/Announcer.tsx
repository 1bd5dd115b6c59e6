'use client';
// Tells screen-reader users where the cursor is, politely and at most about once a second, so fast
// scrubbing or playback does not flood them; the last position is always the one announced.
import { useEffect, useRef, useState } from 'react';

const GAP_MS = 1000;

export function Announcer({ text }: { text: string }) {
  const [said, setSaid] = useState('');
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + GAP_MS - performance.now());
    const timer = setTimeout(() => {
      last.current = performance.now();
      setSaid(text);
    }, wait);
    return () => clearTimeout(timer);
  }, [text]);
  return <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">{said}</p>;
}
