export default async function globalTeardown(): Promise<void> {
  const hub = globalThis.__IDEAS_HUB__;
  globalThis.__IDEAS_HUB__ = undefined;
  await hub?.stop();
}
