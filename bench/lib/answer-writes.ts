// Concurrent answer saves: every worker owns its own requirements of one assessment and saves them one after
// another (PUT …/answers/:requirementId with the version it last read), alternating two statuses so that every
// save really changes the answer. Latency counts from sending the request to the end of the answer.
import { Agent, request } from 'node:http';
import { percentile } from './stats.ts';

export interface WriteLoadResult {
  clients: number;
  durationSeconds: number;
  requests: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  non2xx: number;
  errors: number;
  statusCounts: Record<string, number>;
  firstError?: string;
}

/**
 * `clients` workers save answers of `requirementIds` (split between them) for `seconds` seconds. `versions`
 * holds the stored version of each answer (0 for never answered) and is kept up to date, so that runs one
 * after another on the same answers start from the right versions.
 */
export async function measureConcurrentAnswerSaves(
  baseUrl: string,
  assessmentPath: string,
  headers: Record<string, string>,
  requirementIds: readonly string[],
  versions: Map<string, number>,
  clients: number,
  seconds: number,
): Promise<WriteLoadResult> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let non2xx = 0;
  let errors = 0;
  let firstError: string | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const put = (path: string, body: unknown): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify(body));
      const outgoing = request(
        `${baseUrl}${path}`,
        {
          method: 'PUT',
          agent,
          headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.byteLength },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () =>
            resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          incoming.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });

  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  const worker = async (index: number): Promise<void> => {
    const mine = requirementIds.filter((_, position) => position % clients === index);
    let turn = 0;
    while (performance.now() < deadline && mine.length > 0) {
      const requirementId = mine[turn % mine.length] as string;
      const status = Math.floor(turn / mine.length) % 2 === 0 ? 'partially_implemented' : 'implemented';
      turn += 1;
      const sentAt = performance.now();
      try {
        const response = await put(`${assessmentPath}/answers/${requirementId}`, {
          version: versions.get(requirementId) ?? 0,
          status,
        });
        latencies.push(performance.now() - sentAt);
        statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
        const parsed = JSON.parse(response.text) as {
          data?: { version?: number };
          error?: { details?: { current?: { version?: number } } };
        };
        const version = parsed.data?.version ?? parsed.error?.details?.current?.version;
        if (typeof version === 'number') versions.set(requirementId, version);
        if (response.status < 200 || response.status >= 300) {
          non2xx += 1;
          firstError ??= `HTTP ${response.status} ${response.text.slice(0, 200)}`;
        }
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, index) => worker(index)));
  agent.destroy();
  const durationSeconds = (performance.now() - startedAt) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const mean = sorted.length === 0 ? Number.NaN : sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return {
    clients,
    durationSeconds,
    requests: sorted.length + errors,
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
    ...(firstError === undefined ? {} : { firstError }),
  };
}
