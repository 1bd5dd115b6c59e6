// How lanes look by kind and outcome. Outcome is always carried three ways: colour, pattern, and a word
// with a symbol (the word comes from messages), so no one needs to tell colours apart.
import type { BgStatus, MateStatus } from '@/lib/timeline/events';

export const BG_STYLE: Record<BgStatus, { symbol: string; bar: string; text: string }> = {
  running: {
    symbol: '…',
    bar: 'border-warn bg-[repeating-linear-gradient(135deg,var(--warn-soft)_0_6px,var(--surface)_6px_12px)]',
    text: 'text-warn',
  },
  completed: { symbol: '✓', bar: 'border-ok bg-ok-soft', text: 'text-ok' },
  failed: {
    symbol: '✕',
    bar: 'border-danger bg-[repeating-linear-gradient(45deg,var(--danger-soft)_0_4px,var(--surface)_4px_6px),repeating-linear-gradient(-45deg,var(--danger-soft)_0_4px,var(--surface)_4px_6px)]',
    text: 'text-danger',
  },
  timeout: { symbol: '◷', bar: 'border-dotted border-warn bg-warn-soft', text: 'text-warn' },
  cancelled: { symbol: '⊘', bar: 'border-dashed border-line-strong bg-surface-muted', text: 'text-fg-muted' },
};

export const MATE_STYLE: Record<MateStatus, { symbol: string; text: string }> = {
  working: { symbol: '●', text: 'text-info' },
  idle: { symbol: '◌', text: 'text-fg-muted' },
  shutdown: { symbol: '■', text: 'text-fg-subtle' },
};

export const BLOCK_STYLE = {
  llm: 'border-accent bg-accent-soft text-accent',
  tool: 'border-line-strong bg-surface-muted text-fg',
  error: 'border-danger bg-danger-soft text-danger',
} as const;
