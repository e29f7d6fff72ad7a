import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The modules esbuild puts into a browser bundle of `entry`, by path below the package. */
async function bundledModules(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: new URL('..', import.meta.url).pathname,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the entry points', () => {
  it('keep the admin client out of a bundle of the public client', async () => {
    const modules = await bundledModules('src/index.ts');

    expect(modules).toContain('src/client.ts');
    expect(modules.filter((path) => path.includes('admin'))).toEqual([]);
  });

  it('bundle the admin client from @bookafy/sdk/admin', async () => {
    const modules = await bundledModules('src/admin.ts');

    expect(modules).toContain('src/admin-client.ts');
    expect(modules).toContain('src/admin/bookings.ts');
    expect(modules).not.toContain('src/client.ts');
  });
});
