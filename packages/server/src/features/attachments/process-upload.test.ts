import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processUpload } from './process-upload';

/** A real JPEG carrying EXIF with camera owner, capture time and GPS (Nha Trang). */
async function photoWithExif(): Promise<Buffer> {
  return sharp({
    create: { width: 4000, height: 3000, channels: 3, background: { r: 200, g: 120, b: 40 } },
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

describe('processUpload', () => {
  it('re-encodes a photo without metadata, bounded, with a thumbnail, keeping place and time apart', async () => {
    const input = await photoWithExif();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const result = await processUpload(input);
    expect(result.kind).toBe('photo');
    expect(result.contentType).toBe('image/jpeg');
    const meta = await sharp(result.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(2560);
    expect(result.bytes.includes(Buffer.from('Nguyen Van A'))).toBe(false);
    const thumb = await sharp(result.thumbnail ?? Buffer.alloc(0)).metadata();
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBe(320);
    expect(result.taken?.latitude).toBeCloseTo(12 + 14 / 60 + 30 / 3600, 5);
    expect(result.taken?.longitude).toBeCloseTo(109 + 11 / 60 + 40 / 3600, 5);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('judges by content: an executable renamed .jpg is refused', async () => {
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
      Buffer.alloc(200),
    ]);
    await expect(processUpload(elf)).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    await expect(
      processUpload(Buffer.from('<html><script>alert(1)</script></html>')),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      userMessage: { vi: expect.stringContaining('Tệp không đúng định dạng') },
    });
  });

  it('accepts a PDF as a document without touching its bytes', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const result = await processUpload(pdf);
    expect(result).toMatchObject({
      kind: 'document',
      contentType: 'application/pdf',
      thumbnail: null,
    });
    expect(result.bytes.equals(pdf)).toBe(true);
  });

  it('refuses a truncated image that claims to be a JPEG', async () => {
    const input = await photoWithExif();
    await expect(processUpload(input.subarray(0, 600))).rejects.toBeTruthy();
  });
});
