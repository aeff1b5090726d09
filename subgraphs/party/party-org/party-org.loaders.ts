import { In } from 'typeorm';
import { byIdLoader } from '../../../shared/db/entity-loaders';
import { byKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { PartyMember } from './party-member.entity';
import { PartyOrganisation } from './party-organisation.entity';

/** A compound's Party organisation (one at most): one statement for every compound or member of a page. */
export const organisationByCompound = (ctx: RequestContext) =>
  ctx.loaders.get<string, PartyOrganisation | null>('organisationByCompound', async (ids) => {
    const rows = await ctx.dataSource.getRepository(PartyOrganisation).findBy({ compoundId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.compoundId, null);
  });
/** Members by id: the `claimedBy` of a page of governance tasks. */
export const memberById = (ctx: RequestContext) => byIdLoader(ctx, 'partyMemberById', PartyMember);
/** An organisation's officers (everyone but plain members): one statement for every organisation of a page. */
export const officersByOrganisation = (ctx: RequestContext) =>
  ctx.loaders.get<string, PartyMember[]>('officersByOrganisation', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(PartyMember)
      .createQueryBuilder('p')
      .where('p.organisation_id IN (:...ids)', { ids: [...ids] })
      .andWhere(`p.position <> 'MEMBER'`)
      .orderBy('p.position')
      .addOrderBy('p.name')
      .getMany();
    return ids.map((id) => rows.filter((r) => r.organisationId === id));
  });
