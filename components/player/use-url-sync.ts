'use client';
// Keeps `?step=N&trace=<name>` in the address bar (replaceState, no reload, other parameters and the hash
// kept) once the user has moved, so a reload or a shared link opens the same moment; for an opened file or
// a live run it removes them instead (see playerQueryFor). Written when the cursor comes to rest, not on
// every frame: each replaceState costs the router a copy of its state, and browsers refuse a flood of them.
import { useEffect } from 'react';
import { playerQueryFor, withPlayerQuery } from '@/lib/player/url-state';
import type { TraceSource } from '@/lib/store/timeline-store';

const SETTLE_MS = 300;

export function useUrlSync(touched: boolean, source: TraceSource | null, step: number): void {
  useEffect(() => {
    if (!touched || !source) return;
    const timer = setTimeout(() => {
      const { pathname, search, hash } = window.location;
      const next = withPlayerQuery(search, playerQueryFor(source, step));
      if (next !== search) window.history.replaceState(null, '', `${pathname}${next}${hash}`);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [touched, source, step]);
}
