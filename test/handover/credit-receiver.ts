import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { InternalOperation } from '../../shared/auth/internal-operation';
import { badInput } from '../../shared/errors';
import { receiveOnce } from '../../shared/handover/receiver';
import { buildFederatedSchema } from '../../shared/schema/build-subgraph-schema';
import type { RequestContext } from '../../shared/server/context';

/**
 * A test-only receiver, built from the same shared pieces as a real subgraph: one
 * internal mutation that applies a credit through `receiveOnce`. The `credit` table has
 * deliberately NO unique constraint on record_id, so only the inbox keeps it at one
 * credit per record: the exactly-once assertions could fail if `receiveOnce` did not.
 */
export const CREDIT_TOPIC = 'test.credit';

/** Knobs the tests turn on the in-process receiver. */
export const receiverControl = {
  /** Calls that reached the resolver (after the caller checks). */
  calls: 0,
  /** Time spent inside the receiving transaction, so concurrent duplicates really overlap. */
  applyDelayMs: 0,
};

@ObjectType()
export class CreditReceipt {
  @Field(() => ID)
  creditId: string;

  @Field(() => ID)
  recordId: string;

  @Field(() => Int)
  amount: number;
}

@Resolver()
export class CreditResolver {
  @Query(() => Int, { description: 'How many credits this receiver holds.' })
  async creditCount(@Ctx() ctx: RequestContext): Promise<number> {
    const [row] = await ctx.dataSource.query('SELECT count(*)::int AS n FROM credit');
    return row.n;
  }

  /**
   * The internal mutation a relay calls. amount <= 0 is a permanent refusal
   * (BAD_USER_INPUT); amount 500 is a bug (plain Error → INTERNAL_SERVER_ERROR), which a
   * relay must treat as transient.
   */
  @InternalOperation('enterprise')
  @Mutation(() => CreditReceipt)
  async applyCredit(
    @Arg('recordId', () => ID) recordId: string,
    @Arg('amount', () => Int) amount: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CreditReceipt> {
    receiverControl.calls++;
    if (amount <= 0) throw badInput('A credit must be positive', { field: 'amount' });
    if (amount === 500) throw new Error('receiver bug: 500 is cursed');
    return receiveOnce(
      ctx.dataSource,
      { topic: CREDIT_TOPIC, recordId, payload: { amount }, receivedBy: ctx.viewer!.actor, at: ctx.clock.now() },
      async (manager) => {
        const creditId = randomUUID();
        await manager.query('INSERT INTO credit (id, record_id, amount, created_by, created_at) VALUES ($1, $2, $3, $4, $5)', [
          creditId,
          recordId,
          amount,
          ctx.viewer!.actor,
          ctx.clock.now(),
        ]);
        if (receiverControl.applyDelayMs > 0) await new Promise((r) => setTimeout(r, receiverControl.applyDelayMs));
        return { creditId, recordId, amount };
      },
    );
  }
}

export function buildCreditSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [CreditResolver] });
}

/**
 * The test's own tables, in both databases: the receiver's `credit` and the sender's
 * `grant_record` (the sender's business row the outbox message belongs to).
 */
export class HandoverTestTables1763770009999 implements MigrationInterface {
  name = 'HandoverTestTables1763770009999';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE credit (
        id uuid PRIMARY KEY,
        record_id text NOT NULL,
        amount int NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE grant_record (
        id uuid PRIMARY KEY,
        amount int NOT NULL,
        status text NOT NULL DEFAULT 'SENT',
        credit_id uuid,
        refusal text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE grant_record');
    await q.query('DROP TABLE credit');
  }
}
