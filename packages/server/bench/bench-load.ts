/**
 * The load side of `npm run bench`: one scenario at a time through autocannon (a real HTTP load
 * generator, HTTP/1.1 keep-alive connections), with every response's latency and status recorded
 * here so percentiles are exact (autocannon reports p97.5, not p95) and a status the scenario did
 * not expect counts as an error.
 */
import autocannon from 'autocannon';
import type { Request, Result } from 'autocannon';

export type Outcome = {
  name: string;
  concurrency: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  /** Connection errors, timeouts and statuses the scenario does not expect. */
  errors: number;
};

export type LoadSpec = {
  name: string;
  url: string;
  concurrency: number;
  seconds: number;
  /** A stop after this many requests (a scenario with a finite set of targets). */
  amount?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** The i-th request: path and body. */
  request: (i: number) => {
    path: string;
    body?: string | Buffer;
    headers?: Record<string, string>;
  };
  expected: readonly number[];
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

export async function runLoad(spec: LoadSpec): Promise<Outcome> {
  let i = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const setupRequest = (req: Request): Request => {
    const next = spec.request(i);
    i += 1;
    return {
      ...req,
      method: spec.method ?? 'GET',
      path: next.path,
      headers: { ...spec.headers, ...next.headers },
      ...(next.body === undefined ? {} : { body: next.body }),
    };
  };
  const started = performance.now();
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.concurrency,
        duration: spec.seconds,
        ...(spec.amount ? { amount: spec.amount } : {}),
        timeout: 30,
        requests: [{ setupRequest }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, time) => {
      latencies.push(time);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const unexpected = Object.entries(statuses)
    .filter(([status]) => !spec.expected.includes(Number(status)))
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    name: spec.name,
    concurrency: spec.concurrency,
    seconds,
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses,
    errors: unexpected + result.errors + result.timeouts,
  };
}
