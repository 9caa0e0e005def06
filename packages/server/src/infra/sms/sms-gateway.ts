import { mkdirSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { SmsPayload } from '../jobs/outbox';

export type SmsGateway = {
  send: (message: SmsPayload, jobId: string) => Promise<void>;
  describe: string;
};

/**
 * An HTTP gateway adapter: POST {to, text, reference} as JSON to SMS_GATEWAY_URL with an optional
 * bearer token; any 2xx is success. `reference` (the job id) lets a gateway drop a retried
 * duplicate. Vietnamese carriers' brand-name SMS gateways differ in shape; a province puts a small
 * adapter service in front or extends this one. Without a URL, messages go to DATA_DIR/sms.log.
 */
export function createSmsGateway(options: {
  url: string | undefined;
  token: string | undefined;
  dataDir: string;
  timeoutMs?: number;
}): SmsGateway {
  const { url, token } = options;
  if (url) {
    return {
      describe: `HTTP ${new URL(url).host}`,
      send: async (message, jobId) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': jobId,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ to: message.to, text: message.text, reference: jobId }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        if (!response.ok) {
          throw new Error(`SMS gateway answered ${response.status}`);
        }
      },
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'sms.log');
  return {
    describe: `file ${file}`,
    send: async (message, jobId) => {
      await appendFile(
        file,
        `${JSON.stringify({ at: new Date().toISOString(), jobId, ...message })}\n`,
      );
    },
  };
}
