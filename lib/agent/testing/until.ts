// Test helper: wait for something a real process or server does, polling, and give up with a message
// naming it rather than hanging until the test's own timeout.
export async function until(check: () => boolean, what = 'the condition', limitMs = 10_000, everyMs = 20): Promise<void> {
  for (const end = Date.now() + limitMs; !check(); await new Promise((r) => setTimeout(r, everyMs))) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what} after ${limitMs} ms`);
  }
}
