/**
 * `pnpm bench`: measures what Bookafy claims about speed and size on this machine and writes
 * docs/benchmarks.md. Bounded in time (a few minutes); touches nothing but loopback and local
 * files. The API, booking and browser figures come from a dev server of its own, with its own
 * database, which it always stops. Exits non-zero, writing nothing, when concurrent bookings
 * of one slot end with any other number of bookings than the slot has seats.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

import { build } from 'esbuild';
import { format, resolveConfig } from 'prettier';

import { apiLoadSection, measureApiLoad } from './bench/api-load.mjs';
import { bookingContentionSection, measureBookingContention } from './bench/booking-contention.mjs';
import { measureWidgetLoad, widgetLoadSection } from './bench/widget-load.mjs';
import { startDevServer } from './start-dev-server.mjs';
import { root, run } from './wrangler.mjs';

const loadAtStart = loadavg()[0];
const buildDir = join(root, '.bench-build');
rmSync(buildDir, { recursive: true, force: true });
mkdirSync(buildDir, { recursive: true });

/** Bundles a TypeScript benchmark and runs it on one core; returns its JSON output. */
async function runBenchmark(entry) {
  const outfile = join(buildDir, entry.replaceAll('/', '-').replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
  });
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const [command, args] = pinned
    ? ['taskset', ['-c', '0', process.execPath, outfile]]
    : [process.execPath, [outfile]];
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${entry} failed:\n${result.stderr}`);
  return { ...JSON.parse(result.stdout), pinned };
}

console.log('Availability engine…');
const engine = await runBenchmark('packages/core/bench/compute-slots.bench.ts');

console.log('Widget bundle…');
await run('pnpm', ['--filter', '@bookafy/widget', 'build'], { quiet: true });
const bundle = readFileSync(join(root, 'packages/widget/dist/bookafy.js'));
const gzipBytes = gzipSync(bundle, { level: 9 }).length;
const brotliBytes = brotliCompressSync(bundle, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;

// Each language other than English is a file of its own, fetched only by its readers.
const languages = ['es', 'fr', 'de', 'pt-BR', 'ar'].map((locale) => {
  const code = readFileSync(join(root, `packages/widget/dist/locales/${locale}.js`));
  return { locale, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
});

console.log('SDK public client…');
/** Min+gzip size of a module bundled on its own, as an app's bundler would include it. */
async function bundledSize(entry) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const sdkPublic = await bundledSize('packages/sdk/src/index.ts');
const sdkAdmin = await bundledSize('packages/sdk/src/admin.ts');

console.log('Dev server…');
const server = await startDevServer();
process.once('SIGINT', () => {
  server.stop();
  process.exit(130);
});
let apiLoad, contention, widgetLoad;
try {
  console.log('API under wrangler dev (about a minute)…');
  apiLoad = await measureApiLoad(server.baseUrl);
  console.log('Widget in Chromium…');
  widgetLoad = await measureWidgetLoad(server.baseUrl);
  console.log('Booking contention…');
  contention = await measureBookingContention(server.baseUrl);
} finally {
  server.stop();
  rmSync(buildDir, { recursive: true, force: true });
}
if (!contention.correct) {
  console.error(bookingContentionSection(contention));
  throw new Error('Concurrent bookings of one slot did not end with exactly its seats booked.');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(2)} ms`;
const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(
  totalmem() / 2 ** 30,
)} GiB, ${osType()} ${release()}, Node ${process.versions.node}`;

const report = `# Benchmarks

Written by \`pnpm bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}.
Machine: ${machine}.
Load average over one minute: ${loadAtStart.toFixed(2)} when the bench started,
${loadavg()[0].toFixed(2)} when it ended. Figures are from one run on a shared machine; compare
ratios, not single numbers, across machines.

## Availability engine (\`computeSlots\`)

Workload: 20 staff members in 10 zones, 31 days (March 2027, with the US and EU DST changes),
Mon–Fri 09:00–17:00 local, 30-minute appointments every 15 minutes, two busy intervals per
staff member per day.
${engine.runs} measured runs after 300 warm-up runs, one process${
  engine.pinned ? ' pinned to one core with taskset' : ''
}.
Source: packages/core/bench/compute-slots.bench.ts.

| Figure | Value | Target |
|---|---|---|
| Slots returned | ${engine.slots} | |
| Median per computation | ${ms(engine.medianMs)} | ≤ 2 ms |
| p99 per computation | ${ms(engine.p99Ms)} | ≤ 5 ms |
| Slowest run | ${ms(engine.maxMs)} | |
| First run (zone offsets not yet cached) | ${ms(engine.coldMs)} | |

## SDK (\`@bookafy/sdk\`), bundled alone with esbuild

| Entry | Minified | Minified + gzip |
|---|---|---|
| \`@bookafy/sdk\` (public client, display helpers) | ${kb(sdkPublic.minified)} | ${kb(
  sdkPublic.gzip,
)} |
| \`@bookafy/sdk/admin\` | ${kb(sdkAdmin.minified)} | ${kb(sdkAdmin.gzip)} |

## Widget bundle (\`packages/widget/dist/bookafy.js\`)

| Figure | Value | Budget |
|---|---|---|
| Minified | ${kb(bundle.length)} | |
| Minified + gzip (level 9) | ${kb(gzipBytes)} | 36 KB |
| Minified + brotli (quality 11) | ${kb(brotliBytes)} | |

English is in the bundle; each other language loads on demand from \`locales/<locale>.js\`:

| Language | Minified | Minified + gzip |
|---|---|---|
${languages
  .map(({ locale, minified, gzip }) => `| \`${locale}\` | ${kb(minified)} | ${kb(gzip)} |`)
  .join('\n')}

${apiLoadSection(apiLoad)}
${bookingContentionSection(contention)}
${widgetLoadSection(widgetLoad)}`;

const file = join(root, 'docs/benchmarks.md');
// Formatted like every other file, so `pnpm lint` passes after a benchmark run.
writeFileSync(file, await format(report, { ...(await resolveConfig(file)), filepath: file }));
console.log(report);
