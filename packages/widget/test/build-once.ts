import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the widget once before the bundle's checks, which read `dist/` side by side. */
export default function buildOnce(): void {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'pipe' });
}
