// The player's keys. They act only while focus is inside the player, and never take a key from a control
// that already gives it a meaning (typing in a field, Space on a button, arrows in a tab list or a select).

export type PlayerAction =
  | 'stepBack' | 'stepForward' | 'prevModelCall' | 'nextModelCall' | 'first' | 'last' | 'togglePlay';

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What the focused element is, as far as key handling cares. */
export interface KeyTarget {
  tagName: string;
  /** The `type` of an input element. */
  type?: string;
  isContentEditable: boolean;
  role?: string | null;
}

/** A key as shown on screen; its words are messages under player.keys.names. */
export type KeyName = 'left' | 'right' | 'shift' | 'home' | 'end' | 'space';

/** The keys, as listed on screen and in the buttons' titles: each action's combination, in order. */
export const KEY_BINDINGS: readonly { keys: readonly KeyName[]; action: PlayerAction }[] = [
  { keys: ['left'], action: 'stepBack' },
  { keys: ['right'], action: 'stepForward' },
  { keys: ['shift', 'left'], action: 'prevModelCall' },
  { keys: ['shift', 'right'], action: 'nextModelCall' },
  { keys: ['home'], action: 'first' },
  { keys: ['end'], action: 'last' },
  { keys: ['space'], action: 'togglePlay' },
];

export function keysFor(action: PlayerAction): readonly KeyName[] {
  return KEY_BINDINGS.find((b) => b.action === action)?.keys ?? [];
}

const ARROW_ROLES = new Set(['tab', 'radio', 'menuitem', 'menuitemradio', 'option', 'listbox', 'combobox', 'spinbutton', 'scrollbar']);
const ACTIVATED_BY_SPACE = new Set(['button', 'link', 'checkbox', 'switch', 'tab', 'menuitem', 'option', 'radio']);

function ownsKey(key: string, target: KeyTarget): boolean {
  const tag = target.tagName.toUpperCase();
  if (target.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'INPUT') return true;
  const role = target.role ?? '';
  if (key === ' ') return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || ACTIVATED_BY_SPACE.has(role);
  return ARROW_ROLES.has(role);
}

export function playerAction(input: KeyInput, target: KeyTarget): PlayerAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (ownsKey(input.key, target)) return null;
  switch (input.key) {
    case 'ArrowLeft': return input.shiftKey ? 'prevModelCall' : 'stepBack';
    case 'ArrowRight': return input.shiftKey ? 'nextModelCall' : 'stepForward';
    case 'Home': return 'first';
    case 'End': return 'last';
    case ' ': return 'togglePlay';
    default: return null;
  }
}
