import { describe, expect, it } from 'vitest';
import { type Fresh, withItemAt, withItems, withKey } from './fresh';

describe('copy-on-write collections', () => {
  it('copy what they were given, outside a fold or the first time inside one', () => {
    const record = { a: 1 };
    const list = [1];
    for (const fresh of [null, new WeakSet<object>()] as Fresh[]) {
      expect(withKey(fresh, record, 'a', 2)).not.toBe(record);
      expect(withItems(fresh, list, [2])).not.toBe(list);
      expect(withItemAt(fresh, list, 0, 9)).not.toBe(list);
    }
    expect([record, list]).toEqual([{ a: 1 }, [1]]);
  });

  it('change in place what the same fold created', () => {
    const fresh: Fresh = new WeakSet();
    const record = withKey(fresh, { a: 1 }, 'a', 2);
    expect(withKey(fresh, record, 'a', 3)).toBe(record);
    const list = withItems(fresh, [1], [2]);
    expect(withItems(fresh, list, [3])).toBe(list);
    expect(withItemAt(fresh, list, 0, 0)).toBe(list);
    expect([record, list]).toEqual([{ a: 3 }, [0, 2, 3]]);
  });
});
