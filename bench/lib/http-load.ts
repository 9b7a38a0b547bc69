// Concurrent GET load: every worker sends one request at a time over a kept-alive connection, reads the whole body
// as it arrives on the wire (gzip when the server offers it, as browsers ask) and records the latency, until the time
// is up. The body is not decompressed: on a small machine the load generator shares the cores with the server, and
// inflating a megabyte per request would measure the generator instead of the API.
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from './stats.ts';

export interface LoadResult {
  url: string;
  clients: number;
  /** Seconds from the first request to the end of the last one. */
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Answers other than 2xx, and requests that failed without an answer. */
  non2xx: number;
  errors: number;
  statusCounts: Record<string, number>;
  /** Size of one 200 answer's body as sent (gzipped when the server compresses it). */
  bodyBytes: number;
  firstError?: string;
}

/** `clients` workers send GET `url` with `headers` for `seconds` seconds; every latency counts. */
export async function measureConcurrentGets(
  url: string,
  headers: Record<string, string>,
  clients: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let non2xx = 0;
  let errors = 0;
  let bodyBytes = 0;
  let firstError: string | undefined;

  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const get = (): Promise<{ status: number; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const outgoing = request(url, { agent, headers: { 'accept-encoding': 'gzip', ...headers } }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks) }));
        incoming.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const sentAt = performance.now();
      try {
        const response = await get();
        const body = response.body;
        latencies.push(performance.now() - sentAt);
        statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
        if (response.status >= 200 && response.status < 300) bodyBytes = body.byteLength;
        else {
          non2xx += 1;
          firstError ??= `HTTP ${response.status} ${body.toString('utf8').slice(0, 200)}`;
        }
      } catch (error) {
        errors += 1;
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
        firstError ??= error instanceof Error ? `${error.message}${cause}` : String(error);
        await sleep(10); // a refused connection fails at once; do not spin
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  agent.destroy();
  const durationSeconds = (performance.now() - startedAt) / 1000;

  const sorted = latencies.sort((a, b) => a - b);
  const mean = sorted.length === 0 ? Number.NaN : sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return {
    url,
    clients,
    durationSeconds,
    requests: sorted.length + errors,
    requestsPerSecond: sorted.length / durationSeconds,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
      mean,
    },
    non2xx,
    errors,
    statusCounts,
    bodyBytes,
    ...(firstError === undefined ? {} : { firstError }),
  };
}
