import type { MigrationInterface, QueryRunner } from 'typeorm';
import { openWebhookSecret, sealWebhookSecret } from '../webhook/webhook-secret-box';

/**
 * Seals the webhook secrets stored before they were sealed (webhook/webhook-secret-box.ts)
 * with NOTIFY_WEBHOOK_KEY, and a CHECK that no plain one is stored again. Runs with the
 * service's own settings, so the key it seals with is the key it will open with.
 */
export class SealedWebhookSecrets1796295762700 implements MigrationInterface {
  name = 'SealedWebhookSecrets1796295762700';

  async up(q: QueryRunner): Promise<void> {
    const plain: { id: string; secret: string }[] = await q.query(`SELECT id, secret FROM webhook WHERE secret NOT LIKE 'v1.%'`);
    for (const row of plain) await q.query('UPDATE webhook SET secret = $2 WHERE id = $1', [row.id, sealWebhookSecret(row.secret, row.id)]);
    await q.query(`ALTER TABLE webhook ADD CONSTRAINT webhook_secret_sealed CHECK (secret LIKE 'v1.%')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE webhook DROP CONSTRAINT webhook_secret_sealed');
    const sealed: { id: string; secret: string }[] = await q.query('SELECT id, secret FROM webhook');
    for (const row of sealed)
      await q.query('UPDATE webhook SET secret = $2 WHERE id = $1', [row.id, openWebhookSecret(row.secret, row.id)]);
  }
}
