// The model seam: the loop always talks to the Anthropic SDK. With an API key it reaches Claude (or any
// Anthropic-compatible endpoint); without one the SDK's `fetch` is the scripted model.
import Anthropic from '@anthropic-ai/sdk';
import { z } from 'zod';
import type { RunMode } from '../timeline/events';
import type { Script } from './script';
import { SCRIPTED_MODEL, scriptedFetch, type ScriptedFetchOptions } from './scripted';
import type { ModelSeam } from './types';

/** A current Claude Sonnet; MODEL_ID overrides it. */
export const DEFAULT_MODEL_ID = 'claude-sonnet-5';

const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const ModelEnv = z.object({
  ANTHROPIC_API_KEY: z.preprocess(blankIsUnset, z.string().optional()),
  ANTHROPIC_BASE_URL: z.preprocess(blankIsUnset, z.url({ message: 'must be a URL such as https://api.anthropic.com' }).optional()),
  MODEL_ID: z.preprocess(blankIsUnset, z.string().optional()),
});

export interface ModelChoice {
  mode: RunMode;
  model: string;
  apiKey?: string;
  baseURL?: string;
}

/** Which model a run would use, from the environment (no client made: safe for a config endpoint). */
export function modelChoice(env: Record<string, string | undefined>): ModelChoice {
  const parsed = ModelEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid environment: ${issue.path.join('.')} ${issue.message}`);
  }
  const { ANTHROPIC_API_KEY: apiKey, ANTHROPIC_BASE_URL: baseURL, MODEL_ID: model } = parsed.data;
  if (!apiKey) return { mode: 'scripted', model: SCRIPTED_MODEL };
  return { mode: 'api', model: model ?? DEFAULT_MODEL_ID, apiKey, baseURL };
}

export interface ModelSeamOptions {
  env: Record<string, string | undefined>;
  /** The scripts the scripted model plays when there is no API key (a lesson's example conversations). */
  scripts: readonly Script[];
  chunkDelayMs?: ScriptedFetchOptions['chunkDelayMs'];
}

// #region model-seam
export function createModelSeam({ env, scripts, chunkDelayMs }: ModelSeamOptions): ModelSeam {
  const choice = modelChoice(env);
  if (choice.mode === 'api') {
    return { client: new Anthropic({ apiKey: choice.apiKey, baseURL: choice.baseURL ?? 'https://api.anthropic.com' }), model: choice.model, mode: 'api' };
  }
  const client = new Anthropic({ apiKey: 'scripted', fetch: scriptedFetch(scripts, { chunkDelayMs }), maxRetries: 0 });
  return { client, model: SCRIPTED_MODEL, mode: 'scripted' };
}
// #endregion
