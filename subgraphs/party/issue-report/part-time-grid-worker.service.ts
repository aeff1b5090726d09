import { randomUUID } from 'node:crypto';
import { stampCreated } from '../../../shared/audit/audited';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText } from '../../../shared/validation';
import { assertCompoundRole } from '../access/access';
import { Compound } from '../org-tree/compound.entity';
import type { RegisterPartTimeGridWorkerInput } from './issue-report.types';
import { PartTimeGridWorker } from './part-time-grid-worker.entity';

/** The grid enlists a courier or rider as a part-time grid worker (兼职网格员) of its compound. */
export async function registerPartTimeGridWorker(ctx: RequestContext, input: RegisterPartTimeGridWorkerInput): Promise<PartTimeGridWorker> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId);
  const row = Object.assign(new PartTimeGridWorker(), {
    id: randomUUID(),
    compoundId,
    userId: boundedText(input.userId, 'userId', 100),
    name: boundedText(input.name, 'name', 50),
    occupation: input.occupation,
    active: true,
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    await m.insert(PartTimeGridWorker, row);
    return row;
  });
}
