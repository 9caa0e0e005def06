import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { EmailPayload } from '../jobs/outbox';

export type Mailer = {
  send: (message: EmailPayload, jobId: string) => Promise<void>;
  describe: string;
};

/**
 * SMTP when SMTP_URL is set (e.g. smtp://user:pass@mail.example.vn:587); otherwise each message is
 * written as an .eml file under DATA_DIR/mail, so a demo install never mails anyone and a newcomer
 * can still read what would have been sent.
 */
export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  dataDir: string;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport({
      url: options.smtpUrl,
      // Well inside the outbox lease (outbox-worker.ts): a hung server fails the attempt, which
      // is retried with back-off, instead of outliving the lease.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    return {
      describe: `SMTP ${new URL(options.smtpUrl).host}`,
      send: async (message, jobId) => {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          // A stable Message-ID per job: if a worker dies after the server accepted the message
          // but before the job was marked done, the retry carries the same id and receiving
          // servers and clients can recognise the duplicate.
          messageId: `<${jobId}@paht>`,
          headers: message.tag ? { 'X-PAHT-Notification': message.tag } : {},
        });
      },
    };
  }
  const dir = path.join(options.dataDir, 'mail');
  mkdirSync(dir, { recursive: true });
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    describe: `files in ${dir}`,
    send: async (message, jobId) => {
      const info = await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId: `<${jobId}@paht>`,
        headers: message.tag ? { 'X-PAHT-Notification': message.tag } : {},
      });
      await writeFile(path.join(dir, `${jobId}.eml`), info.message as Buffer);
    },
  };
}
