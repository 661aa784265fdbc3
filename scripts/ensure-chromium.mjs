#!/usr/bin/env node
// Makes sure a Chromium the e2e tests can drive is on this machine.
//
// Looks at $CHROMIUM_PATH, else /usr/bin/chromium. When neither is there and we
// are root on Debian with apt-get, installs Debian's `chromium` package. Never
// downloads a browser build of Playwright's own (`playwright install`): these
// machines reach only the npm registry and Debian's packages.
//
// Exit 0: a working Chromium is at the printed path. Exit 1: none, with a message
// saying what to install.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';
const fromEnv = process.env.CHROMIUM_PATH?.trim();
const target = fromEnv || DEFAULT_PATH;
const tag = '[ensure-chromium]';

function log(message) {
  console.log(`${tag} ${message}`);
}

function fail(message) {
  console.error(`${tag} ERROR: ${message}`);
  process.exit(1);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Returns the browser's version line, or null when it does not run. */
function versionOf(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) return null;
  return result.stdout.trim() || null;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function isDebianLike() {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\bdebian\b/m.test(osRelease);
  } catch {
    return existsSync('/etc/debian_version');
  }
}

/** Runs a command with inherited output, retrying a few times (mirrors flake). Returns true on success. */
function run(command, args, { tries = 3 } = {}) {
  for (let attempt = 1; attempt <= tries; attempt += 1) {
    log(`$ ${command} ${args.join(' ')}${tries > 1 ? `   (attempt ${attempt}/${tries})` : ''}`);
    const result = spawnSync(command, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status === 0) return true;
    log(`${command} exited with ${result.status ?? result.signal}`);
    if (attempt < tries) spawnSync('sleep', [String(5 * attempt)]);
  }
  return false;
}

function report(path) {
  const version = versionOf(path);
  if (!version) fail(`${path} exists but \`${path} --version\` did not run. Reinstall it (Debian: apt-get install --reinstall chromium).`);
  log(`using ${path} (${version})`);
  process.exit(0);
}

if (isExecutable(target)) report(target);

if (fromEnv) {
  fail(`CHROMIUM_PATH=${fromEnv} is not an executable file. Point CHROMIUM_PATH at a Chromium binary, or unset it to use ${DEFAULT_PATH}.`);
}

log(`no Chromium at ${target}`);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isDebianLike() && hasCommand('apt-get');

if (!isRoot || !canApt) {
  const why = !canApt ? 'this is not a Debian machine with apt-get' : 'not running as root';
  fail(
    `cannot install Chromium automatically (${why}).\n` +
      `  On Debian/Ubuntu run as root:  apt-get update && apt-get install -y --no-install-recommends chromium\n` +
      `  Or set CHROMIUM_PATH to an existing Chromium/Chrome binary.\n` +
      `  Do not use \`playwright install\`: it downloads a browser build, which these machines cannot fetch.`,
  );
}

log("installing Debian's chromium package");
if (!run('apt-get', ['update'])) {
  fail('`apt-get update` failed. Check that Debian package sources are reachable, then run: apt-get update && apt-get install -y --no-install-recommends chromium');
}
if (!run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
  fail('`apt-get install -y --no-install-recommends chromium` failed; see the apt output above.');
}
if (!isExecutable(DEFAULT_PATH)) {
  fail(`apt-get installed chromium but ${DEFAULT_PATH} is missing. Set CHROMIUM_PATH to the Chromium binary.`);
}
report(DEFAULT_PATH);
