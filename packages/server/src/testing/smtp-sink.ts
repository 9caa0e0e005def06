import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { from: string; to: string[]; raw: string };

/** A received message, decoded: what a mail client would show. */
export type ReadMail = {
  to: string[];
  subject: string;
  text: string;
  messageId: string | null;
  /** The X-PAHT-Notification header: the notice type. */
  tag: string | null;
};

export type SmtpSink = {
  url: string;
  received: ReceivedMail[];
  /** Refuse the next `count` messages with a temporary error (451), to exercise retries. */
  rejectNext: (count: number) => void;
  /** Stop listening: connections are refused until `resume`. */
  pause: () => Promise<void>;
  /** Listen again on the same port. */
  resume: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * A real SMTP server on a free local port that keeps what it receives. `rejectNext(n)` makes it
 * refuse the next n messages with a temporary error; `pause`/`resume` take it off the network and
 * back, to exercise retries.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let rejections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (rejections > 0) {
          rejections -= 1;
          const error = new Error('Mailbox busy, try later') as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejectNext: (count) => {
      rejections = count;
    },
    pause: () => new Promise<void>((resolve) => server.server.close(() => resolve())),
    resume: () => new Promise<void>((resolve) => server.server.listen(port, '127.0.0.1', resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] ?? '';
    const hex = source.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Reads a single-part text/plain message as nodemailer writes it. */
export function readMail(mail: ReceivedMail): ReadMail {
  const split = mail.raw.indexOf('\r\n\r\n');
  const head = mail.raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = mail.raw.slice(split + 4);
  const header = (name: string) =>
    head
      .split('\r\n')
      .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim() ?? null;
  const encoding = header('Content-Transfer-Encoding')?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return {
    to: mail.to,
    subject: decodeWords(header('Subject') ?? ''),
    text: text.replace(/\r\n/g, '\n').replace(/\n$/, ''),
    messageId: header('Message-ID'),
    tag: header('X-PAHT-Notification'),
  };
}
