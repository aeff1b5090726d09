import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One level of an escalation policy.' })
export class EscalationPolicyLevel {
  @Field(() => Int, { description: '1, 2, ...' }) level: number;
  @Field(() => Int, { description: 'Seconds into the 10-minute promise (from promiseStartedAt) without a first response.' })
  afterSeconds: number;
  @Field(() => [String], {
    description:
      'Who is told: GRID_WORKERS, PARTY_SECRETARY, PROPERTY_ON_DUTY (of the compound) or COMMUNITY_PARTY_SECRETARIES (of its community).',
  })
  recipients: string[];
}

@ObjectType({ description: "How a compound's reports escalate by themselves when the 10-minute promise is missed." })
export class EscalationPolicy {
  @Field(() => [EscalationPolicyLevel]) levels: EscalationPolicyLevel[];
  @Field(() => Boolean, { description: 'True when the compound has set none of its own and the defaults apply.' }) isDefault: boolean;
}

@InputType()
export class EscalationLevelInput {
  @Field(() => Int, { description: 'Seconds into the promise; positive, and strictly more than the level before.' }) afterSeconds: number;
  @Field(() => [String], { description: 'GRID_WORKERS, PARTY_SECRETARY, COMMUNITY_PARTY_SECRETARIES or PROPERTY_ON_DUTY.' })
  recipients: string[];
}

@InputType()
export class SetEscalationPolicyInput {
  @Field(() => ID) compoundId: string;
  @Field(() => [EscalationLevelInput], { description: 'Levels in order (1 to 5); they are numbered 1, 2, ... as given.' })
  levels: EscalationLevelInput[];
}
