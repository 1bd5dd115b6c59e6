'use client';
// Keeps `?step=N&trace=<name>` in the address bar (replaceState, no reload, other parameters and the hash
// kept) once the user has moved, so a reload or a shared link opens the same moment. Writes are spaced
// out: browsers refuse a flood of replaceState calls during playback.
import { useEffect, useRef } from 'react';
import { withPlayerQuery } from '@/lib/player/url-state';
import type { TraceSource } from '@/lib/store/timeline-store';

const MIN_GAP_MS = 250;

export function useUrlSync(touched: boolean, source: TraceSource | null, step: number, follow: boolean): void {
  const lastWrite = useRef(0);
  useEffect(() => {
    if (!touched || !source) return;
    const write = () => {
      lastWrite.current = performance.now();
      const { pathname, search, hash } = window.location;
      const next = withPlayerQuery(search, {
        // A live run that is being followed has no fixed step to link to.
        step: source.kind === 'live' && follow ? null : Math.max(step, 0),
        trace: source.kind === 'recorded' ? source.name : null,
      });
      if (next !== search) window.history.replaceState(null, '', `${pathname}${next}${hash}`);
    };
    const wait = lastWrite.current + MIN_GAP_MS - performance.now();
    if (wait <= 0) {
      write();
      return;
    }
    const timer = setTimeout(write, wait);
    return () => clearTimeout(timer);
  }, [touched, source, step, follow]);
}
