import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStorage } from '../../src/storage/open.js';
import { storageConformance } from '../conformance/storage.js';

storageConformance('local folder', async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'bakup-storage-local-'));
  const storage = await openStorage(pathToFileURL(path.join(root, 'backups')).href, '--to');
  return {
    storage,
    cleanup: () => fs.rm(root, { recursive: true, force: true }),
  };
});
