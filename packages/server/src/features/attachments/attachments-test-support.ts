/**
 * What the attachment tests send: multipart bodies written out byte by byte (as a browser or a
 * phone app sends them), real photos made with sharp, and small real audio, video and PDF files.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

export type Part = {
  name: string;
  value: string | Buffer;
  filename?: string;
  contentType?: string;
};

/** A multipart/form-data body and its content-type header. */
export function multipart(parts: readonly Part[]): {
  payload: Buffer;
  headers: { 'content-type': string };
} {
  const boundary = `----paht-test-${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.filename
      ? `form-data; name="${part.name}"; filename="${part.filename}"`
      : `form-data; name="${part.name}"`;
    const type =
      part.contentType ??
      (part.filename ? 'application/octet-stream' : 'text/plain; charset=utf-8');
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value, 'utf8'),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** The `report` part plus files, as the portal sends a submission. */
export function submission(report: object, files: readonly Part[] = []) {
  return multipart([
    { name: 'report', value: JSON.stringify(report), contentType: 'application/json' },
    ...files,
  ]);
}

/** A real JPEG with EXIF: camera owner, capture time and GPS (Nha Trang). */
export async function photoWithExif(width = 3000, height = 2000): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'X1', Artist: 'Nguyen Van A' },
      IFD2: { DateTimeOriginal: '2026:03:01 08:15:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '12/1 14/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '109/1 11/1 4000/100',
      },
    })
    .toBuffer();
}

export async function plainPng(color = { r: 20, g: 160, b: 90 }): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: color } })
    .png()
    .toBuffer();
}

/** One second of 8 kHz mono 16-bit silence: a genuine WAV file. */
export function wavAudio(): Buffer {
  const samples = Buffer.alloc(16_000);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Text that claims to be a photo by its name and declared type. */
export const FAKE_JPEG: Part = {
  name: 'files',
  filename: 'anh-hien-truong.jpg',
  contentType: 'image/jpeg',
  value: 'Đây không phải là ảnh, chỉ là văn bản giả làm ảnh JPEG.',
};

export async function tempDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'paht-attachments-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** How many files the storage backend holds under DATA_DIR/files. */
export async function storedFileCount(dataDir: string): Promise<number> {
  try {
    const entries = await readdir(path.join(dataDir, 'files'), {
      recursive: true,
      withFileTypes: true,
    });
    return entries.filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}
