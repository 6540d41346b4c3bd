import { type BackupCheck, readBackup } from '../../core/backup';

const inPage = async (file: File): Promise<BackupCheck> => readBackup(await file.text(), file.size);

/** Checks a chosen backup file in a worker; in the page only if no worker can be started. */
export function checkBackupFile(file: File): Promise<BackupCheck> {
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
