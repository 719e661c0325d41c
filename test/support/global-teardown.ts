export default async function globalTeardown(): Promise<void> {
  globalThis.voordeurPostgres?.stop();
}
