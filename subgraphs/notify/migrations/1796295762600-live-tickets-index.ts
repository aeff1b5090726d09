import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A reader's unused tickets, counted at each createStreamTicket (the per-reader cap) without reading the used ones. */
export class LiveTicketsIndex1796295762600 implements MigrationInterface {
  name = 'LiveTicketsIndex1796295762600';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX stream_ticket_live ON stream_ticket (sub, expires_at) WHERE used_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX stream_ticket_live');
  }
}
