import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  requestsPerSec: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  non2xx: number;
}

export interface LoadSpec {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections?: number;
  seconds?: number;
}

/** Drives `spec.url` with autocannon (a separate HTTP client) and returns throughput and latency. */
export async function load(spec: LoadSpec): Promise<LoadResult> {
  const result = await autocannon({
    url: spec.url,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    body: spec.body,
    connections: spec.connections ?? 10,
    duration: spec.seconds ?? 5,
  });
  return {
    name: spec.name,
    requestsPerSec: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

export function report(
  title: string,
  baseline: LoadResult,
  subject: LoadResult,
  budget: { minThroughputRatio: number },
): boolean {
  const ratio = subject.requestsPerSec / Math.max(1, baseline.requestsPerSec);
  console.log(`\n${title}`);
  console.table([baseline, subject]);
  const ok = ratio >= budget.minThroughputRatio && subject.errors === 0 && subject.non2xx === 0;
  console.log(
    `throughput ratio ${subject.name}/${baseline.name} = ${ratio.toFixed(3)} (budget ≥ ${budget.minThroughputRatio}) ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  return ok;
}
