import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { startSyncServer } from './server';

/**
 * `npm run server -- --port 8787 --data DIR [--redis URL] [--tls-cert FILE --tls-key FILE] [--host H]`
 * Prints the address and, while nobody has joined, a one-time admin invite, each on its own line.
 */
export async function main(argv: string[]): Promise<void> {
  // The heap's limit grows by 1.2× after each full collection instead of V8's default (up to
  // 2–4×). The server's large moments are short (a show put on it arrives as one update of
  // every record: decoded, checked, stored and broadcast), and with the default growth the
  // garbage of one such moment stayed in the heap through the next: the first server of the
  // load test peaked at 519 MB, with this at 401–437 MB, propagation and join unchanged
  // (docs/sharing.md). V8 reads the flag at each new limit, so setting it here takes effect.
  setFlagsFromString('--heap-growing-percent=20');
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      redis: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
    },
  });
  if (!values.data) {
    console.error('Pavilion server: --data DIR is required (where the shows are kept)');
    process.exit(2);
  }
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
    console.error('Pavilion server: --tls-cert and --tls-key go together');
    process.exit(2);
  }
  const tls = values['tls-cert'] ? { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']!) } : undefined;
  const server = await startSyncServer({ port: Number(values.port), host: values.host, dataDir: resolve(values.data), redisUrl: values.redis, tls });
  // One write, so whoever reads the output gets both lines together.
  process.stdout.write(`Pavilion server at ${server.url}\n${server.adminInvite ? `Admin invite (one use): ${server.adminInvite}\n` : ''}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main(process.argv.slice(2));
