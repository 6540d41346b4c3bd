// Serves the fictional demo case system (demo/) on 127.0.0.1 only. Every path under /cases/
// answers with the single-page app, as a real case system would.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo');
const FILES = {
  '/app.js': ['app.js', 'text/javascript'],
  '/style.css': ['style.css', 'text/css'],
  '/editor.html': ['editor.html', 'text/html; charset=utf-8'],
};

export function startDemoServer(port = 4321) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const [file, type] = FILES[path] ?? ['index.html', 'text/html; charset=utf-8'];
    if (!FILES[path] && path !== '/' && !path.startsWith('/cases/')) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(await readFile(join(ROOT, file)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      // A browser still open on the site keeps its connections alive; closing waits for none.
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        });
      resolve({ origin: `http://127.0.0.1:${address.port}`, close });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startDemoServer(Number(process.env.DEMO_PORT ?? 4321));
  console.log(`Demo case system at ${origin}/cases/DEMO-1001`);
}
