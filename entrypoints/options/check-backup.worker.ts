// Checks a backup file away from the settings page, so a large or hostile file never
// freezes the page while it is read.
import { readBackup } from '../../core/backup';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<File>) => void): void;
  postMessage(message: unknown): void;
};

scope.addEventListener('message', (event) => {
  const file = event.data;
  void file.text().then((text) => scope.postMessage(readBackup(text, file.size)));
});
