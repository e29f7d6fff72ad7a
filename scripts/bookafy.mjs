#!/usr/bin/env node
/**
 * The wrapper behind `npm run dev` and `npm test`, written for any Node 20 or newer with npm.
 * Like a Gradle wrapper it provisions the pinned Node and pnpm into the git-ignored `.tools`
 * folder on first use, installs dependencies from the frozen lockfile when they changed, and
 * then runs `scripts/<task>.mjs` with that toolchain. Under pnpm on Node 22+ it uses those.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [task, ...taskArgs] = process.argv.slice(2);
if (!['dev', 'test'].includes(task)) {
  console.error('Usage: node scripts/bookafy.mjs <dev|test> [options]');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = manifest.packageManager.split('@')[1];
const nodeVersion = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
const toolsDir = join(root, '.tools');

/** Runs a command with inherited output; exits with its status when it fails. */
function must(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed.`);
    process.exit(result.status ?? 1);
  }
}

function installedVersion(name) {
  const file = join(toolsDir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

const underPnpm = (process.env.npm_config_user_agent ?? '').startsWith(`pnpm/${pnpmVersion}`);
const nodeMajor = Number(process.versions.node.split('.')[0]);
let env = process.env;
let node = process.execPath;

if (!(underPnpm && nodeMajor >= 22)) {
  if (installedVersion('node') !== nodeVersion || installedVersion('pnpm') !== pnpmVersion) {
    console.log(
      `Provisioning Node ${nodeVersion} and pnpm ${pnpmVersion} into .tools (first run only)…`,
    );
    must('npm', [
      'install',
      '--prefix',
      toolsDir,
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `node@${nodeVersion}`,
      `pnpm@${pnpmVersion}`,
    ]);
  }
  const bin = join(toolsDir, 'node_modules', '.bin');
  env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
  node = join(toolsDir, 'node_modules', 'node', 'bin', 'node');
}

// Install again only when the lockfile or a manifest changed since the last install.
const manifests = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
const stamp = createHash('sha256');
for (const file of manifests) stamp.update(readFileSync(join(root, file)));
const stampFile = join(root, 'node_modules', '.bookafy-install');
const digest = stamp.digest('hex');
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== digest) {
  must('pnpm', ['install', '--frozen-lockfile'], { ...env, CI: 'true' });
  writeFileSync(stampFile, digest);
}

const result = spawnSync(node, [join(root, 'scripts', `${task}.mjs`), ...taskArgs], {
  cwd: root,
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
