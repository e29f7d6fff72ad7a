import { createServer } from 'node:http';

/** A site on another origin than the dev server: a loopback port of its own. */
export interface OtherOrigin {
  /** The site's origin, such as `http://127.0.0.1:41234`. */
  origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves `pages` (path to HTML) on a free loopback port, as another website would: a page there
 * loads the widget across origins, and Chromium treats both servers as the same address space.
 */
export async function serveOtherOrigin(pages: Record<string, string>): Promise<OtherOrigin> {
  const server = createServer((request, response) => {
    const page = pages[new URL(request.url!, 'http://x').pathname];
    if (page === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
