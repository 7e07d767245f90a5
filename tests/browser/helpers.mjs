// What the browser tests share: the built sopctl, Chromium through
// puppeteer-core, a guard that fails on any request leaving the site, and
// screenshots into the build tree. CTest sets the environment (see
// tests/CMakeLists.txt); run by hand, the defaults below apply.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// The built sopctl: $SOPCTL_BINARY, else build/sopctl of this source tree.
export const sopctlBinary =
  process.env.SOPCTL_BINARY || path.resolve(here, '..', '..', 'build', 'sopctl');

// Where screenshots go: $SOPCTL_SHOTS_DIR, else build/browser-shots.
export const shotsDir =
  process.env.SOPCTL_SHOTS_DIR || path.resolve(here, '..', '..', 'build', 'browser-shots');

// puppeteer-core from the directory `npm ci` installed it into
// ($SOPCTL_BROWSER_MODULES, the build tree under CTest), else from
// tests/browser/node_modules (an `npm ci` run here by hand; git-ignored).
export function loadPuppeteer() {
  const dir = path.resolve(process.env.SOPCTL_BROWSER_MODULES || here);
  return createRequire(path.join(dir, 'package.json'))('puppeteer-core');
}

// The environment sopctl runs in: no language from the caller (the tests
// read English from the command line; serve speaks Indonesian by itself)
// and no git variables but the identity given.
export function sopctlEnv(identity) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(LANG|LANGUAGE|LC_.*|GIT_.*)$/.test(key)) continue;
    env[key] = value;
  }
  if (identity) {
    // One process's git identity, over the repository's user.email.
    env.GIT_CONFIG_COUNT = '2';
    env.GIT_CONFIG_KEY_0 = 'user.email';
    env.GIT_CONFIG_VALUE_0 = identity.email;
    env.GIT_CONFIG_KEY_1 = 'user.name';
    env.GIT_CONFIG_VALUE_1 = identity.name;
  }
  return env;
}

// Runs sopctl in `cwd` and returns its standard output; a non-zero exit
// throws with its standard error.
export function sopctl(cwd, args, identity) {
  try {
    return execFileSync(sopctlBinary, args, {
      cwd,
      env: sopctlEnv(identity),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(
      `sopctl ${args.join(' ')} exited ${error.status}: ${error.stderr || ''}${error.stdout || ''}`,
    );
  }
}

// Runs git in `cwd` and returns its trimmed standard output.
export function git(cwd, args) {
  return execFileSync('git', args, { cwd, env: sopctlEnv(), encoding: 'utf8' }).trim();
}

// A fresh temporary directory.
export function scratch(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `sopctl-browser-${prefix}-`));
}

// Chromium as this machine's network allows: no sandbox as root (Chromium
// refuses to start otherwise), and none of the background services that,
// on a closed network, flood the log with refused connections.
export async function launchBrowser() {
  const puppeteer = loadPuppeteer();
  const userDataDir = scratch('profile');
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-default-apps',
    '--disable-extensions',
    `--user-data-dir=${userDataDir}`,
  ];
  if (process.getuid && process.getuid() === 0) args.push('--no-sandbox');
  const browser = await puppeteer.launch({
    executablePath: process.env.SOPCTL_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args,
    defaultViewport: { width: 1280, height: 900 },
  });
  // The profile goes once Chromium has ended (it writes there until then).
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  return browser;
}

// A new page whose requests are all checked: any request whose URL
// `allowed` refuses is aborted and recorded in `offsite`, for the test to
// assert that it stayed empty. Pages of the static site may load only
// file: and data: URLs; under serve, only the server's own origin.
export async function guardedPage(browser, allowed, offsite) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (allowed(request.url())) {
      request.continue();
    } else {
      offsite.push(request.url());
      request.abort('blockedbyclient');
    }
  });
  page.on('pageerror', (error) => offsite.push(`script error: ${error.message}`));
  return page;
}

// Saves a whole-page screenshot as build/browser-shots/<name>.png.
export async function screenshot(page, name) {
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

// Whether every style sheet the page links was loaded and applied (a
// server answering it with the wrong type, or not at all, leaves it out).
export async function stylesApplied(page) {
  return page.$$eval(
    'link[rel="stylesheet"]',
    (links) =>
      links.length > 0 &&
      links.every((link) => {
        if (!link.sheet) return false; // not loaded, or refused
        try {
          return link.sheet.cssRules.length > 0;
        } catch {
          return true; // from file:// every file is its own origin: rules unreadable
        }
      }),
  );
}

// `sopctl serve ARGS` in `repo`; resolves, once the server has said on its
// first line of output where it listens, to { url, stop, output }.
export function startServe(repo, args, identity) {
  return new Promise((resolve, reject) => {
    const child = spawn(sopctlBinary, ['serve', ...args], {
      cwd: repo,
      env: sopctlEnv(identity),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      child.kill('SIGTERM');
      reject(new Error(`sopctl serve said nothing within 20 s: ${stdout}${stderr}`));
    }, 20000);
    const stop = () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const newline = stdout.indexOf('\n');
      if (settled || newline < 0) return;
      settled = true;
      clearTimeout(timer);
      const first = stdout.slice(0, newline);
      const match = first.match(/https?:\/\/[^\s]+/);
      if (!match) {
        child.kill('SIGTERM');
        reject(new Error(`sopctl serve's first line names no URL: ${first}`));
        return;
      }
      const url = match[0].endsWith('/') ? match[0] : `${match[0]}/`;
      resolve({ url, stop, output: () => stdout + stderr });
    });
    child.on('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`sopctl serve ended (${code ?? signal}) before listening: ${stdout}${stderr}`));
    });
  });
}
