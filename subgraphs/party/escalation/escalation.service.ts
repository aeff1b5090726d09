import { In } from 'typeorm';
import { byKeys } from '../../../shared/db/loaders';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { assertCompoundRole } from '../access/access';
import { Compound } from '../org-tree/compound.entity';
import { checkedEscalationLevels, defaultEscalationLevels } from './escalation-policy';
import { CompoundEscalationPolicy } from './escalation-policy.entity';
import type { EscalationPolicy, SetEscalationPolicyInput } from './escalation.types';

/** Compounds' own policies: one statement for a page of compounds. */
const policyByCompound = (ctx: RequestContext) =>
  ctx.loaders.get<string, CompoundEscalationPolicy | null>('policyByCompound', async (ids) => {
    const rows = await ctx.dataSource.getRepository(CompoundEscalationPolicy).findBy({ compoundId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.compoundId, null);
  });

/** A compound's escalation policy, its own or the defaults. */
export async function escalationPolicyOf(ctx: RequestContext, compoundId: string): Promise<EscalationPolicy> {
  const own = await policyByCompound(ctx).load(compoundId);
  return own ? { levels: own.levels, isDefault: false } : { levels: defaultEscalationLevels(), isDefault: true };
}

/**
 * The compound's Party secretary (or an admin) sets its policy; it applies to reports
 * filed from now on (a filed report keeps the due rows it was given).
 */
export async function setEscalationPolicy(ctx: RequestContext, input: SetEscalationPolicyInput): Promise<EscalationPolicy> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
  const levels = checkedEscalationLevels(input.levels);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    await m.query(
      `INSERT INTO compound_escalation_policy (compound_id, levels, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $3, $4)
       ON CONFLICT (compound_id) DO UPDATE SET levels = EXCLUDED.levels, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [compoundId, JSON.stringify(levels), viewer.actor, now],
    );
    return { levels, isDefault: false };
  });
}
