import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import type { JWK } from 'jose';
import { DEV_SERVICE_KEYS, DEV_USER_ISSUER_KEY } from '../../shared/auth/dev-keys/dev-keys';
import { publicJwks } from '../../shared/auth/keys';
import { SERVICE_NAMES } from '../../shared/config';
import { builtScript } from '../support/built';
import { freePort } from '../support/free-port';

/**
 * The built services started as production starts them (NODE_ENV=production) with bad
 * key settings: each exits with the reason, and never opens a connection to its
 * database. The database URL points at a listener of this test that counts connections;
 * with good keys the same service does connect, so the count is meaningful.
 */
const ROOT = path.resolve(__dirname, '../..');

const newKey = (kid: string, type: 'ed25519' | 'rsa' = 'ed25519'): JWK => ({
  ...((type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519')).privateKey.export({
    format: 'jwk',
  }) as JWK),
  kid,
});
const jwks = (...keys: JWK[]) => JSON.stringify(publicJwks(keys));

/** Good production settings for one run: an issuer of its own and a key per service. */
const issuer = newKey('issuer-1');
const services = Object.fromEntries(SERVICE_NAMES.map((s) => [s, newKey(`${s}:2026-12`)])) as Record<(typeof SERVICE_NAMES)[number], JWK>;
const good = (service: (typeof SERVICE_NAMES)[number]) => ({
  JWT_JWKS: jwks(issuer),
  SERVICE_JWKS: jwks(...Object.values(services)),
  SERVICE_PRIVATE_KEY: JSON.stringify(services[service]),
});

interface Outcome {
  code: number | null;
  output: string;
  /** Connections the "database" received while the service ran. */
  connections: number;
}

/** Starts `node dist/<script>`, waits until it exits (or `untilListening` answers), and reports. */
async function start(script: string, env: Record<string, string>, untilListening?: number): Promise<Outcome> {
  let connections = 0;
  const database = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  const dbPort = await freePort();
  await new Promise<void>((resolve) => database.listen(dbPort, '127.0.0.1', resolve));
  const child = spawn(process.execPath, [builtScript(script)], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: `postgres://doorstep:secret@127.0.0.1:${dbPort}/postgres`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    if (untilListening !== undefined) {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && child.exitCode === null) {
        const health = await fetch(`http://127.0.0.1:${untilListening}/health`).catch(() => undefined);
        if (health?.ok) return { code: null, output, connections };
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    let timer: NodeJS.Timeout | undefined;
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${script} did not exit:\n${output}`)), 90_000);
    });
    const code = await Promise.race([exited, stuck]).finally(() => clearTimeout(timer));
    return { code, output, connections };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    await new Promise((resolve) => database.close(resolve));
  }
}

const PARTY = 'subgraphs/party/index.ts';

describe('production refuses to start on missing, malformed or dev keys, before touching the database', () => {
  it('refuses with nothing set, naming every missing setting', async () => {
    const run = await start(PARTY, {});
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      "Refusing to start with NODE_ENV=production: JWT_JWKS is not set (the identity provider's public keys); " +
        "SERVICE_PRIVATE_KEY is not set (this service's own key); SERVICE_JWKS is not set (every service's public keys)",
    );
    expect(run.connections).toBe(0);
  });

  it('refuses the dev keys of this repository, given explicitly', async () => {
    const run = await start(PARTY, {
      JWT_JWKS: jwks(DEV_USER_ISSUER_KEY),
      SERVICE_JWKS: jwks(...Object.values(DEV_SERVICE_KEYS)),
      SERVICE_PRIVATE_KEY: JSON.stringify(DEV_SERVICE_KEYS.party),
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain('JWT_JWKS contains the dev key dev-user-issuer');
    expect(run.output).toContain('SERVICE_JWKS contains the dev keys gateway:dev, party:dev, committee:dev, property:dev, enterprise:dev');
    expect(run.output).toContain('SERVICE_PRIVATE_KEY is a dev key');
    expect(run.connections).toBe(0);
  });

  it('refuses short, malformed or unsuitable keys', async () => {
    const short = { ...services.party, x: services.party.x!.slice(0, 22), d: services.party.d!.slice(0, 22) };
    const first = await start(PARTY, {
      JWT_JWKS: JSON.stringify({ keys: [{ kty: 'oct', kid: 'hs', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0' }] }),
      SERVICE_JWKS: jwks(...Object.values(services), { ...newKey('nobody-knows') }),
      SERVICE_PRIVATE_KEY: JSON.stringify(short),
    });
    expect(first.code).toBe(1);
    expect(first.output).toContain('JWT_JWKS: key "hs" is a shared secret; only Ed25519 or P-256 keys are accepted');
    expect(first.output).toContain('SERVICE_PRIVATE_KEY is malformed: "x" has 16 bytes, not 32');
    expect(first.output).toContain('SERVICE_JWKS: key "nobody-knows" does not name its service');
    expect(first.connections).toBe(0);

    const second = await start(PARTY, {
      JWT_JWKS: 'http://idp.example/jwks.json',
      SERVICE_JWKS: JSON.stringify({ keys: [services.gateway, services.party] }),
      SERVICE_PRIVATE_KEY: JSON.stringify(newKey('party:rsa', 'rsa')),
    });
    expect(second.code).toBe(1);
    expect(second.output).toContain('JWT_JWKS must be an https URL (or a file path)');
    expect(second.output).toContain('SERVICE_JWKS: key "gateway:2026-12" contains a private key ("d"); publish only public keys');
    expect(second.output).toContain('SERVICE_PRIVATE_KEY has key type RSA; only Ed25519 or P-256 keys are accepted');
    expect(second.connections).toBe(0);
  });

  it("refuses notify without its webhook key, or with the repository's dev key, and with a good one goes on to its database", async () => {
    const notify = 'subgraphs/notify/index.ts';
    const missing = await start(notify, good('notify'));
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('Refusing to start with NODE_ENV=production: NOTIFY_WEBHOOK_KEY is not set');
    expect(missing.connections).toBe(0);
    const dev = createHash('sha256').update('doorstep dev webhook key: never for production').digest().toString('base64');
    const devKey = await start(notify, { ...good('notify'), NOTIFY_WEBHOOK_KEY: dev });
    expect(devKey.code).toBe(1);
    expect(devKey.output).toContain('NOTIFY_WEBHOOK_KEY is the dev key of this repository');
    expect(devKey.connections).toBe(0);
    const control = await start(notify, { ...good('notify'), NOTIFY_WEBHOOK_KEY: randomBytes(32).toString('base64') });
    expect(control.code).toBe(1);
    expect(control.output).not.toContain('Refusing to start');
    expect(control.connections).toBeGreaterThan(0);
  });

  it('with good keys, the same start goes on to its database (the control), and the gateway serves', async () => {
    const party = await start(PARTY, good('party'));
    expect(party.code).toBe(1);
    expect(party.output).not.toContain('Refusing to start');
    expect(party.connections).toBeGreaterThan(0);

    const gatewayPort = await freePort();
    const refused = await start('gateway/index.ts', { GATEWAY_PORT: String(gatewayPort) });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('Refusing to start with NODE_ENV=production: JWT_JWKS is not set');
    const serving = await start('gateway/index.ts', { ...good('gateway'), GATEWAY_PORT: String(gatewayPort) }, gatewayPort);
    expect(serving.code).toBeNull();
    expect(serving.output).not.toContain('Refusing to start');
  });
});
