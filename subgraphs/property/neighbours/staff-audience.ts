import type { EntityManager } from 'typeorm';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { assertUuid, badInput } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { localDate } from '../../../shared/time/local-time';
import { areaZone, STATION_AREA } from '../contract/zone-key';
import { accountSubOf } from '../staff/staff.service';
import { StaffAudience } from './staff-audience.types';

/** More companies than a token's grants ever hold is a mistake of the caller. */
const MAX_COMPANIES = 100;

/**
 * Where a property user (by token `sub` and the companies their `property_staff` grants
 * name) stands for notify's audiences: the companies of which they are an active duty
 * manager (DUTY_MANAGERS), and the compounds whose service station those companies cover
 * today (PROPERTY_ON_DUTY: the same coverage rule as `ServiceStation.propertyCompany`).
 */
export async function staffAudience(m: EntityManager, sub: string, companyIds: string[], at: Date): Promise<StaffAudience> {
  const account = accountSubOf(sub);
  if (companyIds.length > MAX_COMPANIES) throw badInput(`At most ${MAX_COMPANIES} companies`, { field: 'companyIds' });
  const ids = [...new Set(companyIds.map((id) => assertUuid(id, 'companyIds').toLowerCase()))];
  if (!account || ids.length === 0) return { dutyManagerCompanyIds: [], afterHoursCompoundIds: [] };
  const managers: { company_id: string }[] = await m.query(
    `SELECT DISTINCT company_id FROM staff_member
      WHERE account_sub = $1 AND duty_manager AND active AND company_id = ANY($2::uuid[]) ORDER BY company_id`,
    [account, ids],
  );
  const stations: { compound_id: string }[] = await m.query(
    `SELECT DISTINCT z.compound_id FROM contract_zone z JOIN service_contract c ON c.id = z.contract_id
      WHERE c.company_id = ANY($1::uuid[]) AND z.zone_key = $2 AND z.period @> $3::date ORDER BY z.compound_id`,
    [ids, areaZone(STATION_AREA), localDate(at)],
  );
  return {
    dutyManagerCompanyIds: managers.map((r) => r.company_id),
    afterHoursCompoundIds: stations.map((r) => r.compound_id),
  };
}

@Resolver()
export class StaffAudienceResolver {
  @InternalOperation('notify')
  @Query(() => StaffAudience, {
    description:
      "Internal: where a property user stands for notify's audiences (duty manager of which companies, after-hours intake of which compounds).",
  })
  staffAudience(
    @Arg('sub', () => String) sub: string,
    @Arg('companyIds', () => [ID]) companyIds: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<StaffAudience> {
    return staffAudience(ctx.dataSource.manager, sub, companyIds, ctx.clock.now());
  }
}
