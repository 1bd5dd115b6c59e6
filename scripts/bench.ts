// `npm run bench [-- name…]`: runs every bench in turn, or only those named. Each prints its own figures.
// To add one: write scripts/bench/<name>.ts exporting an async function, and list it here.
const BENCHES: Record<string, () => Promise<void>> = {
  timeline: async () => (await import('./bench/timeline')).benchTimeline(),
  sse: async () => (await import('./bench/sse')).benchSse(),
  background: async () => (await import('./bench/background')).benchBackground(),
  player: async () => (await import('./bench/player')).benchPlayer(),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    console.error(`unknown bench: ${unknown.join(', ')} (known: ${Object.keys(BENCHES).join(', ')})`);
    process.exit(1);
  }
  for (const [name, run] of Object.entries(BENCHES)) {
    if (wanted.length === 0 || wanted.includes(name)) await run();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
