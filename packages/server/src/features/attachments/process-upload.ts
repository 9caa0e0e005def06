import { createHash } from 'node:crypto';
import exifReader from 'exif-reader';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Metadata } from 'sharp';
import { AppError } from '../../infra/http/app-error';

export type AttachmentKind = 'photo' | 'video' | 'audio' | 'document' | 'call_recording';

/** Accepted types, decided by the bytes (never the file name or the declared type), and caps. */
const ACCEPTED: Record<
  string,
  { kind: Exclude<AttachmentKind, 'call_recording'>; maxBytes: number }
> = {
  'image/jpeg': { kind: 'photo', maxBytes: 15 * 1024 * 1024 },
  'image/png': { kind: 'photo', maxBytes: 15 * 1024 * 1024 },
  'image/webp': { kind: 'photo', maxBytes: 15 * 1024 * 1024 },
  'image/heic': { kind: 'photo', maxBytes: 15 * 1024 * 1024 },
  'video/mp4': { kind: 'video', maxBytes: 100 * 1024 * 1024 },
  'video/quicktime': { kind: 'video', maxBytes: 100 * 1024 * 1024 },
  'video/webm': { kind: 'video', maxBytes: 100 * 1024 * 1024 },
  'video/3gpp': { kind: 'video', maxBytes: 100 * 1024 * 1024 },
  'audio/mpeg': { kind: 'audio', maxBytes: 30 * 1024 * 1024 },
  'audio/mp4': { kind: 'audio', maxBytes: 30 * 1024 * 1024 },
  'audio/x-m4a': { kind: 'audio', maxBytes: 30 * 1024 * 1024 },
  'audio/ogg': { kind: 'audio', maxBytes: 30 * 1024 * 1024 },
  'audio/wav': { kind: 'audio', maxBytes: 30 * 1024 * 1024 },
  'audio/webm': { kind: 'audio', maxBytes: 30 * 1024 * 1024 },
  'audio/amr': { kind: 'audio', maxBytes: 30 * 1024 * 1024 },
  'application/pdf': { kind: 'document', maxBytes: 20 * 1024 * 1024 },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    kind: 'document',
    maxBytes: 20 * 1024 * 1024,
  },
};

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
const MAX_PHOTO_EDGE = 2560;
const THUMBNAIL_EDGE = 320;

export type ProcessedUpload = {
  kind: Exclude<AttachmentKind, 'call_recording'>;
  contentType: string;
  bytes: Buffer;
  sha256: string;
  thumbnail: Buffer | null;
  width: number | null;
  height: number | null;
  /** Kept from the photo's metadata before it is stripped: a place and time to suggest. */
  taken: { at: string | null; latitude: number | null; longitude: number | null } | null;
};

const unsupported = (detected: string | undefined) =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', `unsupported upload ${detected ?? 'unknown'}`, {
    userMessage: {
      vi: 'Tệp không đúng định dạng cho phép (ảnh JPEG/PNG/WebP/HEIC, video MP4/MOV/WebM, âm thanh MP3/M4A/OGG/WAV, tài liệu PDF/DOCX).',
      en: 'This file type is not accepted (JPEG/PNG/WebP/HEIC photos, MP4/MOV/WebM video, MP3/M4A/OGG/WAV audio, PDF/DOCX documents).',
    },
  });

/**
 * Validates an upload by its content and prepares it for storage. Photos are re-encoded with
 * every metadata block removed (EXIF, XMP, IPTC: camera serials, owner names, precise GPS in the
 * public view), oriented upright, bounded to 2560 px and given a 320 px thumbnail; their capture
 * time and position are returned separately, for staff and the location suggestion only.
 */
export async function processUpload(bytes: Buffer): Promise<ProcessedUpload> {
  const detected = await fileTypeFromBuffer(bytes);
  const rule = detected ? ACCEPTED[detected.mime] : undefined;
  if (!detected || !rule) {
    throw unsupported(detected?.mime);
  }
  if (bytes.length > rule.maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `${detected.mime} of ${bytes.length} bytes`, {
      extra: { maxBytes: rule.maxBytes },
      userMessage: {
        vi: `Tệp vượt quá dung lượng cho phép (${Math.round(rule.maxBytes / 1024 / 1024)} MB).`,
        en: `The file is larger than allowed (${Math.round(rule.maxBytes / 1024 / 1024)} MB).`,
      },
    });
  }
  if (rule.kind !== 'photo') {
    return {
      kind: rule.kind,
      contentType: detected.mime,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      thumbnail: null,
      width: null,
      height: null,
      taken: null,
    };
  }
  return processPhoto(bytes);
}

async function processPhoto(input: Buffer): Promise<ProcessedUpload> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input).metadata();
  } catch (error) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'unreadable image', { cause: error });
  }
  const taken = readTaken(metadata.exif);
  // sharp drops all metadata unless asked to keep it; rotate() first applies the EXIF orientation.
  const pipeline = sharp(input, { failOn: 'error' }).rotate().resize({
    width: MAX_PHOTO_EDGE,
    height: MAX_PHOTO_EDGE,
    fit: 'inside',
    withoutEnlargement: true,
  });
  const { data, info } = await pipeline
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  const thumbnail = await sharp(data)
    .resize({ width: THUMBNAIL_EDGE, height: THUMBNAIL_EDGE, fit: 'inside' })
    .jpeg({ quality: 75 })
    .toBuffer();
  return {
    kind: 'photo',
    contentType: 'image/jpeg',
    bytes: data,
    sha256: createHash('sha256').update(data).digest('hex'),
    thumbnail,
    width: info.width,
    height: info.height,
    taken,
  };
}

function readTaken(exif: Buffer | undefined): ProcessedUpload['taken'] {
  if (!exif) {
    return null;
  }
  try {
    const parsed = exifReader(exif);
    const gps = parsed.GPSInfo;
    const toDecimal = (value: number[] | undefined, ref: string | undefined) => {
      if (!value || value.length < 3) {
        return null;
      }
      const [d = 0, m = 0, s = 0] = value;
      const decimal = d + m / 60 + s / 3600;
      return ref === 'S' || ref === 'W' ? -decimal : decimal;
    };
    const at = parsed.Photo?.DateTimeOriginal;
    return {
      at: at instanceof Date ? at.toISOString() : null,
      latitude: toDecimal(
        gps?.GPSLatitude as number[] | undefined,
        gps?.GPSLatitudeRef as string | undefined,
      ),
      longitude: toDecimal(
        gps?.GPSLongitude as number[] | undefined,
        gps?.GPSLongitudeRef as string | undefined,
      ),
    };
  } catch {
    return null;
  }
}
