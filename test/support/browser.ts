import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * The browser tests' one harness: playwright-core driving Debian's Chromium. Playwright's
 * own browser download cannot work here (its CDN is out of reach), so the test set-up
 * installs the Debian package when it is missing and it can (root with apt-get), and
 * otherwise says what to do. One browser per test file, headless.
 */
export const CHROMIUM = '/usr/bin/chromium';

const apt = (args: string[]) =>
  execFileSync('apt-get', args, { stdio: 'pipe', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get'))
    throw new Error(`The browser tests need Debian's Chromium at ${CHROMIUM}; install it as root: apt-get install -y chromium`);
  try {
    apt(['install', '-y', '-qq', 'chromium']);
  } catch {
    // A fresh machine's package lists may not know it yet.
    try {
      apt(['update', '-qq']);
      apt(['install', '-y', '-qq', 'chromium']);
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').slice(-3).join(' ') ?? String(error);
      throw new Error(`Could not install Chromium for the browser tests (apt-get install -y chromium): ${stderr}`, { cause: error });
    }
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is still missing`);
  return CHROMIUM;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), headless: true });
}

/** A page in a fresh context that records every request it and its workers make, and every page error. */
export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  /** Full URLs, in order. */
  requests: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens a page that may reach only `origin`: any other request is recorded and aborted
 * at once (so a test neither waits on the network nor passes because one was slow).
 */
export async function openRecordedPage(browser: Browser, origin: string): Promise<RecordedPage> {
  const context = await browser.newContext();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, context, requests, errors, close: () => context.close() };
}
