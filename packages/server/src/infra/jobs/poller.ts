import type { FastifyBaseLogger } from 'fastify';

export type Poller = { stop: () => Promise<void> };

/**
 * Runs `tick` now and then every `intervalMs` until stopped. A tick that found work (returned a
 * positive count) runs again at once, so a backlog drains without waiting for the timer. The next
 * tick is scheduled only after the previous one ended: ticks never pile up behind a slow database
 * or mail server, and `stop` waits for the running tick so shutdown never cuts a transaction.
 */
export function startPoller(options: {
  name: string;
  tick: () => Promise<number>;
  intervalMs: number;
  log: FastifyBaseLogger;
  /** Safety valve: at most this many back-to-back ticks before yielding to the timer. */
  maxBurst?: number;
}): Poller {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = async () => {
    const maxBurst = options.maxBurst ?? 50;
    for (let burst = 0; burst < maxBurst && !stopped; burst += 1) {
      try {
        const done = await options.tick();
        if (done === 0) {
          break;
        }
      } catch (error) {
        options.log.error({ err: error, worker: options.name }, 'worker tick failed');
        break;
      }
    }
  };
  const schedule = (delay: number) => {
    if (stopped) {
      return;
    }
    timer = setTimeout(() => {
      running = run().then(() => schedule(options.intervalMs));
    }, delay);
    // A worker alone never keeps the process alive.
    timer.unref();
  };
  schedule(0);

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
