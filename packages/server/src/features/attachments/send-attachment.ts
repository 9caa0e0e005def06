/**
 * The HTTP side of serving a stored file: type, disposition, caching, validators and byte ranges
 * (a video or a long call recording is seekable in the browser's player only with ranges).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AttachmentFile } from './get-attachment-file';

const CACHE_CONTROL: Record<AttachmentFile['caching'], string> = {
  // Short: a report can become confidential, withheld or a state secret after publication, and a
  // shared cache must stop serving its photos soon after (the ETag makes revalidation cheap).
  public: 'public, max-age=600',
  // Staff files carry personal data: the browser may keep them but asks each time, so a lost
  // permission takes effect at once.
  staff: 'private, no-cache',
  sensitive: 'private, no-store',
};

/** `filename` for old clients (ASCII, Vietnamese letters folded), `filename*` in UTF-8 (RFC 6266). */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

type Range = { start: number; end: number } | 'unsatisfiable' | null;

/** One `bytes=` range (several ranges are answered with the whole file, which HTTP allows). */
function parseRange(header: string | undefined, size: number): Range {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) {
    return null;
  }
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') {
    return null;
  }
  if (from === '') {
    const length = Math.min(Number(to), size);
    return length > 0 ? { start: size - length, end: size - 1 } : 'unsatisfiable';
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start < size && start <= end ? { start, end } : 'unsatisfiable';
}

export function sendAttachment(
  request: FastifyRequest,
  reply: FastifyReply,
  file: AttachmentFile,
): FastifyReply {
  const size = file.bytes.length;
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.disposition, file.filename))
    .header('cache-control', CACHE_CONTROL[file.caching])
    .header('etag', file.etag)
    .header('accept-ranges', 'bytes')
    .header('x-content-type-options', 'nosniff')
    // Opened directly, a file runs nothing and reaches nothing on our origin.
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cross-origin-resource-policy', 'same-origin');
  const conditional = request.headers['if-none-match'];
  if (conditional && conditional.split(',').some((tag) => tag.trim() === file.etag)) {
    return reply.status(304).send();
  }
  const ifRange = request.headers['if-range'];
  const range = ifRange && ifRange !== file.etag ? null : parseRange(request.headers.range, size);
  if (range === 'unsatisfiable') {
    return reply.status(416).header('content-range', `bytes */${size}`).send();
  }
  if (range) {
    return reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
      .send(file.bytes.subarray(range.start, range.end + 1));
  }
  return reply.status(200).send(file.bytes);
}
