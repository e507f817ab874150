/** Polls `predicate` until it holds; no fixed sleeps in the integration tests. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  what = "condition",
  timeoutMs = 8000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > deadline) throw new Error(`waitFor timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
