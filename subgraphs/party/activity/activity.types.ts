import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/pagination/connection';
import { ActivityKind } from './activity.enums';
import { Activity } from './activity.entity';
import { PointsEntry } from './points-entry.entity';

@ObjectType()
export class ActivityConnection extends Connection(Activity) {}
@ObjectType()
export class PointsEntryConnection extends Connection(PointsEntry) {}

@InputType()
export class CreateActivityInput {
  @Field(() => ID) compoundId: string;
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field(() => String) title: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => Int) capacity: number;
  @Field(() => Int, { description: 'Points for attending, 0–1000.' }) points: number;
}

@InputType()
export class RedeemPointsInput {
  @Field(() => ID, { description: 'The compound whose station hands out the perk.' }) compoundId: string;
  @Field(() => Int) points: number;
  @Field(() => String, { description: 'What the points buy.' }) perk: string;
  @Field(() => String, { description: 'Same key and input → the first result; same key, other input → CONFLICT.' }) idempotencyKey: string;
}

@ObjectType({ description: "The signed-in user's points." })
export class PointsAccount {
  @Field(() => String) holderId: string;
  @Field(() => Int) balance: number;
}
