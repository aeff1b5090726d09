import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-overs refused for good, per topic, for the `doorstep_outbox_failed_messages`
 * gauge read at every scrape: a partial index holds exactly those rows, so the count
 * never reads the delivered ones, which grow without bound.
 */
export class HandoverFailedIndex1796295762532 implements MigrationInterface {
  name = 'HandoverFailedIndex1796295762532';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX handover_outbox_failed ON handover_outbox (topic) WHERE status = 'FAILED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX handover_outbox_failed');
  }
}
