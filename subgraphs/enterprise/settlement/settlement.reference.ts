import { entityReference } from '../../../shared/schema/entity-reference';
import { readableSettlement } from './settlement.service';

/** `Settlement` as the committee's fund entries reference it: the same read rule as the root field. */
export const settlementReference = entityReference([], (id, ctx) => readableSettlement(ctx, id));
