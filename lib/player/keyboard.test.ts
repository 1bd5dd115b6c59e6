import { describe, expect, it } from 'vitest';
import { KEY_BINDINGS, type KeyInput, type KeyName, type KeyTarget, keysFor, playerAction } from './keyboard';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput =>
  ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const slider: KeyTarget = { tagName: 'DIV', isContentEditable: false, role: 'slider' };

describe('player keys', () => {
  it('maps the listed keys on the scrubber', () => {
    expect(playerAction(key('ArrowLeft'), slider)).toBe('stepBack');
    expect(playerAction(key('ArrowRight'), slider)).toBe('stepForward');
    expect(playerAction(key('ArrowLeft', { shiftKey: true }), slider)).toBe('prevModelCall');
    expect(playerAction(key('ArrowRight', { shiftKey: true }), slider)).toBe('nextModelCall');
    expect(playerAction(key('Home'), slider)).toBe('first');
    expect(playerAction(key('End'), slider)).toBe('last');
    expect(playerAction(key(' '), slider)).toBe('togglePlay');
  });

  it('never takes keys from text fields, selects or editable content', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text', isContentEditable: false },
      { tagName: 'TEXTAREA', isContentEditable: false },
      { tagName: 'SELECT', isContentEditable: false },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(playerAction(key('ArrowLeft'), target)).toBeNull();
      expect(playerAction(key(' '), target)).toBeNull();
    }
  });

  it('leaves Space to a focused button but still steps with arrows from it', () => {
    const button = { tagName: 'BUTTON', isContentEditable: false };
    expect(playerAction(key(' '), button)).toBeNull();
    expect(playerAction(key('ArrowRight'), button)).toBe('stepForward');
  });

  it('leaves arrows to tab lists and radio groups', () => {
    expect(playerAction(key('ArrowRight'), { tagName: 'BUTTON', isContentEditable: false, role: 'tab' })).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(playerAction(key('ArrowLeft', { altKey: true }), slider)).toBeNull();
    expect(playerAction(key('End', { ctrlKey: true }), slider)).toBeNull();
    expect(playerAction(key('x'), slider)).toBeNull();
  });

  it('lists keys that do what the list says, one combination per action', () => {
    const keyOf: Record<Exclude<KeyName, 'shift'>, string> = { left: 'ArrowLeft', right: 'ArrowRight', home: 'Home', end: 'End', space: ' ' };
    for (const { keys, action } of KEY_BINDINGS) {
      const main = keys.filter((k): k is Exclude<KeyName, 'shift'> => k !== 'shift');
      expect(main, action).toHaveLength(1);
      expect(playerAction(key(keyOf[main[0]], { shiftKey: keys.includes('shift') }), slider), keys.join('+')).toBe(action);
      expect(keysFor(action)).toBe(keys);
    }
    expect(new Set(KEY_BINDINGS.map((b) => b.action)).size).toBe(KEY_BINDINGS.length);
  });
});
