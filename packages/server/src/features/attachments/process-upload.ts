import { createHash } from 'node:crypto';
import exifReader from 'exif-reader';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Metadata } from 'sharp';
import { AppError } from '../../infra/http/app-error';

export type AttachmentKind = 'photo' | 'video' | 'audio' | 'document' | 'call_recording';

const MB = 1024 * 1024;

/**
 * The most bytes one file of each kind may have. Photos are re-encoded to at most 2560 px, so the
 * cap only bounds what a phone camera sends; video and audio are stored as received.
 */
export const KIND_MAX_BYTES: Record<AttachmentKind, number> = {
  photo: 15 * MB,
  video: 100 * MB,
  audio: 30 * MB,
  document: 20 * MB,
  // A recorded hotline call (Sóc Trăng Điều 7.2: every call of hotline 1022 is recorded) runs longer than a
  // voice note: half an hour at 256 kbit/s.
  call_recording: 60 * MB,
};

type UploadKind = Exclude<AttachmentKind, 'call_recording'>;

/** Accepted types, decided by the bytes (never the file name or the declared type). */
const ACCEPTED: Record<string, UploadKind> = {
  'image/jpeg': 'photo',
  'image/png': 'photo',
  'image/webp': 'photo',
  'image/avif': 'photo',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/webm': 'video',
  'video/3gpp': 'video',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/x-m4a': 'audio',
  'audio/ogg': 'audio',
  'audio/wav': 'audio',
  'audio/webm': 'audio',
  'audio/amr': 'audio',
  'application/pdf': 'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
};

/** The largest single file any kind allows (the multipart parser's per-file limit). */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(KIND_MAX_BYTES));
const MAX_PHOTO_EDGE = 2560;
const THUMBNAIL_EDGE = 320;
/** Refuses decompression bombs: a small PNG that decodes to gigapixels. 100 MP covers phones. */
const MAX_INPUT_PIXELS = 100_000_000;

export type ProcessedUpload = {
  kind: AttachmentKind;
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
    userMessage:
      detected === 'image/heic' || detected === 'image/heif'
        ? {
            vi: 'Tệp không đúng định dạng cho phép: ảnh HEIC chưa được hỗ trợ, hãy gửi ảnh JPEG (trên iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất).',
            en: 'This file type is not accepted: HEIC photos are not supported yet, please send JPEG (on iPhone: Settings › Camera › Formats › Most Compatible).',
          }
        : {
            vi: 'Tệp không đúng định dạng cho phép (ảnh JPEG/PNG/WebP/AVIF, video MP4/MOV/WebM/3GP, âm thanh MP3/M4A/OGG/WAV/AMR, tài liệu PDF/DOCX).',
            en: 'This file type is not accepted (JPEG/PNG/WebP/AVIF photos, MP4/MOV/WebM/3GP video, MP3/M4A/OGG/WAV/AMR audio, PDF/DOCX documents).',
          },
  });

const notAudio = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', 'a call recording must be audio', {
    userMessage: {
      vi: 'Tệp ghi âm cuộc gọi phải là âm thanh (MP3/M4A/OGG/WAV/AMR).',
      en: 'A call recording must be an audio file (MP3/M4A/OGG/WAV/AMR).',
    },
  });

export function tooLarge(maxBytes: number, what: string): AppError {
  const mb = Math.round(maxBytes / MB);
  return new AppError('PAYLOAD_TOO_LARGE', what, {
    extra: { maxBytes },
    userMessage: {
      vi: `Tệp vượt quá dung lượng cho phép (${mb} MB).`,
      en: `The file is larger than allowed (${mb} MB).`,
    },
  });
}

/** What an upload's bytes are, by content alone; throws when they are not an accepted type. */
export async function detectUpload(
  bytes: Buffer,
  purpose: 'attachment' | 'call_recording' = 'attachment',
): Promise<{ kind: AttachmentKind; contentType: string }> {
  const detected = await fileTypeFromBuffer(bytes);
  const accepted = detected ? ACCEPTED[detected.mime] : undefined;
  if (!detected || !accepted) {
    throw unsupported(detected?.mime);
  }
  const kind: AttachmentKind = purpose === 'call_recording' ? 'call_recording' : accepted;
  if (purpose === 'call_recording' && accepted !== 'audio') {
    throw notAudio();
  }
  if (bytes.length > KIND_MAX_BYTES[kind]) {
    throw tooLarge(KIND_MAX_BYTES[kind], `${detected.mime} of ${bytes.length} bytes`);
  }
  return { kind, contentType: detected.mime };
}

/**
 * Validates an upload by its content and prepares it for storage. Photos are re-encoded with
 * every metadata block removed (EXIF, XMP, IPTC: camera serials, owner names, precise GPS in the
 * public view), oriented upright, bounded to 2560 px and given a 320 px thumbnail; their capture
 * time and position are returned separately, for staff and the location suggestion only.
 * Video, audio and documents are stored as received (no re-encoder ships with the server), which
 * is why only photos are ever shown to the public (attachments.md).
 */
export async function processUpload(
  bytes: Buffer,
  purpose: 'attachment' | 'call_recording' = 'attachment',
): Promise<ProcessedUpload> {
  const { kind, contentType } = await detectUpload(bytes, purpose);
  if (kind !== 'photo') {
    return {
      kind,
      contentType,
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
  let encoded: { data: Buffer; info: { width: number; height: number } };
  try {
    metadata = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    // sharp drops all metadata unless asked to keep it; rotate() first applies the EXIF orientation.
    encoded = await sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({
        width: MAX_PHOTO_EDGE,
        height: MAX_PHOTO_EDGE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'unreadable image', {
      cause: error,
      userMessage: {
        vi: 'Không đọc được ảnh: tệp bị hỏng, không trọn vẹn hoặc quá lớn (tối đa 100 megapixel).',
        en: 'The photo cannot be read: the file is damaged, incomplete or too large (at most 100 megapixels).',
      },
    });
  }
  const taken = readTaken(metadata.exif);
  const { data, info } = encoded;
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
