// Load on GET /api/health with autocannon's programmatic API.
import autocannon from 'autocannon';

export const CONNECTIONS = 10;
export const DURATION_SECONDS = 10;

export interface ThroughputResult {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Mean of the per-second request counts. */
  requestsPerSecondAvg: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  latencyAvgMs: number;
  totalRequests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export async function measureHealthThroughput(baseUrl: string): Promise<ThroughputResult> {
  const url = `${baseUrl}/api/health`;
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, timeout: 10 });
  return {
    url,
    connections: result.connections,
    durationSeconds: result.duration,
    requestsPerSecondAvg: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    latencyAvgMs: result.latency.average,
    totalRequests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
