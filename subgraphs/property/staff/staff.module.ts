import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { StaffMember } from './staff-member.entity';
import { StaffMemberResolver } from './staff.resolver';

/** A company's staff (物业人员): who work orders are dispatched to. */
export const staffModule: SubgraphModule = {
  entities: [StaffMember],
  resolvers: [StaffMemberResolver],
};
