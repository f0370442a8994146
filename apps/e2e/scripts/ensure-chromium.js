#!/usr/bin/env node
/**
 * Makes sure the browser journeys have a Chromium to drive. Playwright's own
 * browser download is never used: the network is closed here, and Debian's
 * chromium package is the one CI and developers share.
 *
 * Order: $CHROMIUM_PATH, then /usr/bin/chromium. If neither exists and we are
 * root on a machine with apt-get (CI), install it; otherwise say how, in one line.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const HOW_TO = "Browser tests need Chromium: install it with 'sudo apt-get install chromium' or set CHROMIUM_PATH.";

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    // An explicit path that is wrong is a mistake to report, not to paper over.
    return isExecutable(fromEnv) ? fromEnv : null;
  }
  return isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

function findOnPath(command) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, command))) return path.join(dir, command);
  }
  return null;
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function main() {
  const found = findChromium();
  if (found) return;

  if (process.env.CHROMIUM_PATH) {
    fail(`CHROMIUM_PATH is set to '${process.env.CHROMIUM_PATH}', which is not an executable file. ${HOW_TO}`);
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = findOnPath('apt-get');
  if (!isRoot || !aptGet) fail(HOW_TO);

  console.log('Chromium not found: installing it with apt-get (this takes a minute or two)...');
  if (!run(aptGet, ['update']) || !run(aptGet, ['install', '-y', 'chromium'])) {
    fail(`apt-get could not install chromium. ${HOW_TO}`);
  }
  if (!findChromium()) fail(`chromium was installed but ${DEBIAN_CHROMIUM} is still missing. ${HOW_TO}`);
  console.log(`Chromium installed at ${DEBIAN_CHROMIUM}.`);
}

try {
  main();
} catch (error) {
  // Never a stack trace: one line that says what to do.
  fail(`${error && error.message ? error.message : error}. ${HOW_TO}`);
}
