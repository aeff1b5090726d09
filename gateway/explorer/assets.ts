import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { repoRoot } from '../../shared/repo-root';

/** Where `npm run build` puts the explorer's browser files (gateway/explorer/build.ts). */
export const ASSETS_DIR = path.join(repoRoot(), 'dist', 'explorer');

/** The files the page loads; Monaco loads the workers when an editor needs them. */
export const ASSET_FILES = ['explorer.js', 'explorer.css', 'style.css', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js'];

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

interface Asset {
  type: string;
  etag: string;
  plain: Buffer;
  /** Compressed by the build: 5 MB of scripts shrink to about a quarter, which matters on a slow link. */
  gzip?: Buffer;
}

/** The built files, each read once, on first request. */
export class ExplorerAssets {
  private readonly cache = new Map<string, Promise<Asset>>();

  constructor(private readonly dir = ASSETS_DIR) {}

  /** Whether `npm run build` has built them. */
  built(): boolean {
    return ASSET_FILES.every((file) => fs.existsSync(path.join(this.dir, file)));
  }

  private load(name: string): Promise<Asset> | undefined {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const type = CONTENT_TYPES[path.extname(name)];
    // A plain file name of the build's own kinds: no folders, no dot files, nothing else on disk.
    if (!type || !/^[\w-]+(\.[\w-]+)*$/.test(name)) return undefined;
    const file = path.join(this.dir, name);
    if (!fs.existsSync(file)) return undefined;
    const loading = Promise.all([fs.promises.readFile(file), fs.promises.readFile(`${file}.gz`).catch(() => undefined)]).then(
      ([plain, gzip]) => ({ type, plain, gzip, etag: `"${createHash('sha256').update(plain).digest('base64url').slice(0, 22)}"` }),
    );
    this.cache.set(name, loading);
    return loading;
  }

  /** Answers a request for the built file `name`; false when there is no such file. */
  async serve(req: IncomingMessage, res: ServerResponse, name: string): Promise<boolean> {
    const loading = this.load(name);
    if (!loading) return false;
    const asset = await loading;
    // Fixed names, so the browser asks again each time and gets 304 while the build is the same.
    const headers: Record<string, string> = {
      'content-type': asset.type,
      etag: asset.etag,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    };
    if (req.headers['if-none-match'] === asset.etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    const zipped = asset.gzip !== undefined && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = (zipped && asset.gzip) || asset.plain;
    res.writeHead(200, { ...headers, ...(zipped ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
}
