import { Length, Matches } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { assertUuid, forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { staffCompanies } from '../common/access';
import { CommonArea } from './common-area.entity';
import { requireViewer } from '../../../shared/auth/require-viewer';

@InputType({ description: "A named common area of a compound, so contracts can cover it and 'uncovered' can list it." })
export class DefineCommonAreaInput {
  @Field(() => ID)
  compoundId: string;

  @Matches(/^[a-z][a-z0-9-]{1,39}$/, { message: 'key must be lower-case letters, digits and dashes' })
  @Field(() => String)
  key: string;

  @Length(1, 100)
  @Field(() => String)
  name: string;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  nameZh?: string | null;
}

@Resolver(() => CommonArea)
export class CommonAreaResolver {
  /** Admins, or staff of a company that holds (or held) a contract in the compound. */
  @Authorized('property_staff')
  @Mutation(() => CommonArea, { description: "Registers (or renames) a compound's common area." })
  async defineCommonArea(
    @Arg('input', () => DefineCommonAreaInput) input: DefineCommonAreaInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommonArea> {
    const viewer = requireViewer(ctx);
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    if (!viewer.isAdmin) {
      const companies = staffCompanies(viewer);
      const serving = await ctx.dataSource.query(
        'SELECT 1 FROM service_contract WHERE compound_id = $1 AND company_id = ANY($2::uuid[]) LIMIT 1',
        [compoundId, companies],
      );
      if (serving.length === 0) throw forbidden('Only staff of a company serving this compound (or an admin) name its common areas');
    }
    const now = ctx.clock.now();
    // One upsert statement: two staff registering the same area at once cannot collide.
    await ctx.dataSource.query(
      `INSERT INTO common_area (compound_id, area_key, name, name_zh, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $5, $6)
       ON CONFLICT (compound_id, area_key) DO UPDATE SET name = EXCLUDED.name, name_zh = EXCLUDED.name_zh, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [compoundId, input.key, input.name, input.nameZh ?? null, viewer.actor, now],
    );
    return ctx.dataSource.getRepository(CommonArea).findOneByOrFail({ compoundId, key: input.key });
  }
}
