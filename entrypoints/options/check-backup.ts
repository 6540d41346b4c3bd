import { type BackupCheck, MAX_BACKUP_BYTES, readBackup } from '../../core/backup';

const inPage = async (file: File): Promise<BackupCheck> => readBackup(await file.text(), file.size);

/** Checks a chosen backup file in a worker; in the page only if no worker can be started. */
export function checkBackupFile(file: File): Promise<BackupCheck> {
  // Refused by its size alone, never read: a read that fails in the worker posts nothing, and
  // the page would wait for ever.
  if (file.size > MAX_BACKUP_BYTES) return Promise.resolve(readBackup('', file.size));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-backup.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inPage(file);
  }
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<BackupCheck>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve(inPage(file));
    });
    worker.postMessage(file);
  });
}
