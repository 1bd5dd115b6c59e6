// A locale's messages laid over the English ones, so a key a translator has not reached yet
// renders in English instead of as a raw key. Pure.

export type Messages = { [key: string]: string | Messages };

export function withFallback(own: Messages, fallback: Messages): Messages {
  const merged: Messages = { ...fallback };
  for (const [key, value] of Object.entries(own)) {
    const base = fallback[key];
    merged[key] =
      typeof value === 'object' && typeof base === 'object' ? withFallback(value, base) : value;
  }
  return merged;
}
