import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { RequestContext } from '../../../shared/server/context';
import { ActivitySignup } from './activity-signup.entity';
import { seesParticipantName } from './activity.service';

@Resolver(() => ActivitySignup)
export class ActivitySignupResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Personal: null for analysts.' })
  participantName(@Root() s: ActivitySignup, @Ctx() ctx: RequestContext): string | null {
    return seesParticipantName(requireViewer(ctx), s) ? s.participantName : null;
  }

  @FieldResolver(() => Boolean)
  attended(@Root() s: ActivitySignup): boolean {
    return s.attendedAt !== null;
  }
}
