import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where attachment bytes live. Local disk by default (DATA_DIR/files); an S3-compatible store
 * implements the same three calls for deployments with several server processes.
 */
export type Storage = {
  put: (key: string, bytes: Buffer, contentType: string) => Promise<void>;
  get: (key: string) => Promise<Buffer | null>;
  remove: (key: string) => Promise<void>;
};

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,200}$/;

export function createLocalStorage(root: string): Storage {
  const resolve = (key: string) => {
    if (!SAFE_KEY.test(key) || key.includes('..')) {
      throw new Error(`unsafe storage key ${key}`);
    }
    return path.join(root, key);
  };
  return {
    put: async (key, bytes) => {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    },
    get: async (key) => {
      try {
        return await readFile(resolve(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return null;
        }
        throw error;
      }
    },
    remove: async (key) => {
      await rm(resolve(key), { force: true });
    },
  };
}
