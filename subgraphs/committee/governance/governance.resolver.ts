import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../compound/compound.ref';
import { JointVote } from '../vote/joint-vote.entity';
import { voteById } from '../vote/vote.loaders';
import { AdoptDocumentVersionInput, GovernanceDocument, GovernanceDocumentVersion } from './governance-document.entity';
import { adoptDocumentVersion } from './governance.service';
import { localDate } from '../../../shared/time/local-time';
import { groupedLoader } from '../../../shared/db/entity-loaders';

function versionsOf(ctx: RequestContext) {
  return groupedLoader(ctx, 'documentVersions', GovernanceDocumentVersion, 'documentId', { version: 'ASC' });
}

@Resolver(() => GovernanceDocument)
export class GovernanceDocumentResolver {
  @Authorized()
  @Query(() => [GovernanceDocument], { description: "A compound's convention and charter (public to everyone signed in)." })
  governanceDocuments(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: RequestContext): Promise<GovernanceDocument[]> {
    return ctx.dataSource
      .getRepository(GovernanceDocument)
      .find({ where: { compoundId: assertUuid(compoundId, 'compoundId') }, order: { kind: 'ASC' } });
  }

  @Authorized('committee_member')
  @Mutation(() => GovernanceDocumentVersion, {
    description: 'Records a new version of the convention or charter, adopted by a passed vote.',
  })
  adoptGovernanceDocumentVersion(
    @Arg('input', () => AdoptDocumentVersionInput) input: AdoptDocumentVersionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GovernanceDocumentVersion> {
    return adoptDocumentVersion(ctx, input);
  }

  @FieldResolver(() => Compound)
  compound(@Root() doc: GovernanceDocument): Compound {
    return { id: doc.compoundId };
  }

  @FieldResolver(() => GovernanceDocumentVersion, {
    nullable: true,
    description: 'The version in force today (Asia/Shanghai): the latest already effective.',
  })
  async current(@Root() doc: GovernanceDocument, @Ctx() ctx: RequestContext): Promise<GovernanceDocumentVersion | null> {
    const today = localDate(ctx.clock.now());
    const versions = await versionsOf(ctx).load(doc.id);
    return [...versions].reverse().find((v) => v.effectiveOn <= today) ?? null;
  }

  @FieldResolver(() => [GovernanceDocumentVersion], { description: 'Every version, oldest first.' })
  history(@Root() doc: GovernanceDocument, @Ctx() ctx: RequestContext): Promise<GovernanceDocumentVersion[]> {
    return versionsOf(ctx).load(doc.id);
  }
}

@Resolver(() => GovernanceDocumentVersion)
export class GovernanceDocumentVersionResolver {
  @FieldResolver(() => JointVote, { description: 'The passed vote that adopted this version.' })
  async adoptedBy(@Root() v: GovernanceDocumentVersion, @Ctx() ctx: RequestContext): Promise<JointVote> {
    return (await voteById(ctx).load(v.adoptedByVoteId))!;
  }
}
