import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../neighbours/compound.ref';
import { JointVote } from '../vote/joint-vote.entity';
import { voteById } from '../vote/vote.loaders';
import { GovernanceDocumentVersion } from './governance-document-version.entity';
import { GovernanceDocument } from './governance-document.entity';
import { versionsOf } from './governance.loaders';
import { adoptDocumentVersion, governanceDocumentsOf, versionInForce } from './governance.service';
import { AdoptDocumentVersionInput } from './governance.types';

@Resolver(() => GovernanceDocument)
export class GovernanceDocumentResolver {
  @Authorized()
  @Query(() => [GovernanceDocument], { description: "A compound's convention and charter (public to everyone signed in)." })
  governanceDocuments(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: RequestContext): Promise<GovernanceDocument[]> {
    return governanceDocumentsOf(ctx, compoundId);
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

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() doc: GovernanceDocument): Compound {
    return { id: doc.compoundId };
  }

  @FieldResolver(() => GovernanceDocumentVersion, {
    nullable: true,
    description: 'The version in force today (Asia/Shanghai): the latest already effective.',
  })
  current(@Root() doc: GovernanceDocument, @Ctx() ctx: RequestContext): Promise<GovernanceDocumentVersion | null> {
    return versionInForce(ctx, doc.id);
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
