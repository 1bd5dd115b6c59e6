import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_ID, createModelSeam, modelChoice } from './model';

describe('the model seam picks its model from the environment', () => {
  it('uses the scripted model without an API key (a blank key counts as none)', () => {
    expect(modelChoice({})).toEqual({ mode: 'scripted', model: 'scripted' });
    expect(modelChoice({ ANTHROPIC_API_KEY: '  ', MODEL_ID: 'x' })).toEqual({ mode: 'scripted', model: 'scripted' });
    expect(createModelSeam({ env: {}, scripts: [] })).toMatchObject({ mode: 'scripted', model: 'scripted' });
  });

  it('uses the API with a key: a current Claude by default, MODEL_ID and ANTHROPIC_BASE_URL honoured', () => {
    expect(modelChoice({ ANTHROPIC_API_KEY: 'k' })).toMatchObject({ mode: 'api', model: DEFAULT_MODEL_ID });
    const seam = createModelSeam({ env: { ANTHROPIC_API_KEY: 'k', MODEL_ID: 'my-model', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' }, scripts: [] });
    expect(seam).toMatchObject({ mode: 'api', model: 'my-model' });
    expect(seam.client.baseURL).toBe('http://127.0.0.1:9');
  });

  it('names the variable when the environment is invalid', () => {
    expect(() => modelChoice({ ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: 'not a url' })).toThrow(/^invalid environment: ANTHROPIC_BASE_URL must be a URL/);
  });
});
