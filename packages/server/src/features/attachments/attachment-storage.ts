/**
 * Attachment bytes in the storage backend. Files are written before the database transaction
 * that records them (a transaction never waits on disk or network, ARCHITECTURE.md "Data") and
 * removed again when that transaction does not commit, so no row points at a missing file and no
 * file outlives a refused request.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../../config';
import { createLocalStorage } from '../../infra/storage/storage';
import type { Storage } from '../../infra/storage/storage';
import type { PreparedFile } from './prepare-files';

export type StoredFile = PreparedFile & {
  id: string;
  storageKey: string;
  thumbnailKey: string | null;
};

/** Local disk under DATA_DIR/files (an S3-compatible Storage can replace it). */
export function attachmentStorage(config: Pick<Config, 'dataDir'>): Storage {
  return createLocalStorage(path.join(config.dataDir, 'files'));
}

let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562): milliseconds first, then a counter within the millisecond, then random.
 * Ids of one upload sort in the order the files were sent, so lists keep the reporter's order
 * without a position column; and time-ordered keys keep the primary-key index compact.
 */
export function orderedUuid(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes.writeUInt16BE(0x7000 | counter, 6);
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Keys carry the tenant and the attachment's own id, never a client-chosen name. */
function keysFor(tenantId: string, id: string) {
  return {
    storageKey: `attachments/${tenantId}/${id}`,
    thumbnailKey: `attachments/${tenantId}/${id}.thumb`,
  };
}

export async function removeFiles(storage: Storage, files: readonly StoredFile[]): Promise<void> {
  const keys = files.flatMap((f) =>
    f.thumbnailKey ? [f.storageKey, f.thumbnailKey] : [f.storageKey],
  );
  // Best effort: a file left behind is an orphan on disk, never a row without its bytes.
  await Promise.allSettled(keys.map((key) => storage.remove(key)));
}

/** Writes every file (and thumbnail); on any failure removes what was written and rethrows. */
export async function putFiles(
  storage: Storage,
  tenantId: string,
  files: readonly PreparedFile[],
): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  try {
    for (const file of files) {
      const id = orderedUuid();
      const keys = keysFor(tenantId, id);
      const entry: StoredFile = {
        ...file,
        id,
        storageKey: keys.storageKey,
        thumbnailKey: file.thumbnail ? keys.thumbnailKey : null,
      };
      stored.push(entry);
      await storage.put(entry.storageKey, file.bytes, file.contentType);
      if (file.thumbnail && entry.thumbnailKey) {
        await storage.put(entry.thumbnailKey, file.thumbnail, 'image/jpeg');
      }
    }
  } catch (error) {
    await removeFiles(storage, stored);
    throw error;
  }
  return stored;
}
