import { byIdLoader } from '../../../shared/db/entity-loaders';
import { OutboxMessage } from '../../../shared/handover/outbox-message.entity';
import type { RequestContext } from '../../../shared/server/context';

/** The outbox rows of reports' hand-overs, by id: one statement for the `propertyHandover` of a page of reports. */
export const handoverById = (ctx: RequestContext) => byIdLoader(ctx, 'reportHandoverById', OutboxMessage);
