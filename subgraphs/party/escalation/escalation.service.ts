import { stampCreated } from '../../../shared/audit/audited';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { assertCompoundRole } from '../access/access';
import { Compound } from '../org-tree/compound.entity';
import { checkedEscalationLevels } from './escalation-policy';
import { escalationLevelsOf } from './report-filed';
import type { EscalationPolicy, SetEscalationPolicyInput } from './escalation.types';

/** A compound's escalation policy, its own or the defaults. */
export function escalationPolicyOf(ctx: RequestContext, compoundId: string): Promise<EscalationPolicy> {
  return escalationLevelsOf(ctx.dataSource.manager, compoundId);
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
    const stamp = stampCreated({ createdBy: '', createdAt: now, updatedBy: '', updatedAt: now }, viewer.actor, now);
    await m.query(
      `INSERT INTO compound_escalation_policy (compound_id, levels, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $3, $4)
       ON CONFLICT (compound_id) DO UPDATE SET levels = EXCLUDED.levels, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [compoundId, JSON.stringify(levels), stamp.createdBy, stamp.createdAt],
    );
    return { levels, isDefault: false };
  });
}
