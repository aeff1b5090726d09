import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A meal card's holder can be erased on request; the card and its meals stay, without the person. */
export class MealCardErasure1763770000450 implements MigrationInterface {
  name = 'MealCardErasure1763770000450';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE meal_card ADD COLUMN erased_at timestamptz, ADD COLUMN erased_by text');
    // An erased card keeps no personal data.
    await q.query(`ALTER TABLE meal_card ADD CONSTRAINT meal_card_erased_is_anonymous
      CHECK (erased_at IS NULL OR (holder_name IS NULL AND birth_date IS NULL AND resident_id IS NULL AND household_id IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE meal_card DROP CONSTRAINT meal_card_erased_is_anonymous, DROP COLUMN erased_by, DROP COLUMN erased_at');
  }
}
