'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_PROMPT_CHARS } from '@/lib/live/api-types';

interface Props {
  examples: readonly string[];
  /** A run is under way: starting is off, cancelling is on. */
  active: boolean;
  disabled: boolean;
  onStart(prompt: string): void;
  onCancel(): void;
}

/** The lesson's example prompts as one-click runs, and a box for a prompt of one's own. */
export default function PromptForm({ examples, active, disabled, onStart, onCancel }: Props) {
  const t = useTranslations('run');
  const [prompt, setPrompt] = useState('');
  const promptId = useId();
  const hintId = useId();
  const canStart = !active && !disabled && prompt.trim().length > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (canStart) onStart(prompt);
  };
  // Ctrl/⌘+Enter starts the run from inside the box; every other key is the text's.
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && canStart) {
      e.preventDefault();
      onStart(prompt);
    }
  };

  return (
    <div className="space-y-4">
      <div>
        <h4 className="text-sm font-semibold">{t('examplesHeading')}</h4>
        <ul className="mt-2 flex flex-col gap-2">
          {examples.map((example) => (
            <li key={example}>
              <button
                type="button"
                disabled={active || disabled}
                onClick={() => onStart(example)}
                aria-label={t('runExample', { prompt: example })}
                className="w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-left text-sm hover:border-accent hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-50"
              >
                <span aria-hidden="true" className="mr-2 text-accent">▶</span>
                {example}
              </button>
            </li>
          ))}
        </ul>
      </div>

      <form onSubmit={submit} className="space-y-2">
        <label htmlFor={promptId} className="block text-sm font-semibold">
          {t('promptLabel')}
        </label>
        <textarea
          id={promptId}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          onKeyDown={onKeyDown}
          maxLength={MAX_PROMPT_CHARS}
          rows={3}
          disabled={disabled}
          aria-describedby={hintId}
          placeholder={t('promptPlaceholder')}
          className="block w-full resize-y rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-50"
        />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p id={hintId} className="text-xs text-fg-subtle">
            {t('promptHint', { count: prompt.length, max: MAX_PROMPT_CHARS })}
          </p>
          <div className="flex gap-2">
            <button
              type="submit"
              disabled={!canStart}
              className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-fg hover:bg-accent-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-50"
            >
              {t('start')}
            </button>
            <button
              type="button"
              onClick={onCancel}
              disabled={!active}
              className="rounded-lg border border-danger px-4 py-2 text-sm font-semibold text-danger hover:bg-danger-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-50"
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      </form>
    </div>
  );
}
