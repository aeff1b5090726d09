import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import { MicroWish } from './micro-wish.entity';
import { WishStatus } from './micro-wish.enums';

@ObjectType()
export class MicroWishConnection extends Connection(MicroWish) {}

@InputType()
export class PostMicroWishInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'A grid worker posting for a resident names them; a resident posts for themselves.' })
  residentId?: string | null;
}

@ArgsType()
export class MicroWishPageArgs extends PageArgs {
  @Field(() => WishStatus, { nullable: true, deprecationReason: 'Use statuses.' }) status?: WishStatus | null;
  @Field(() => [WishStatus], { nullable: true, description: 'Only wishes in one of these statuses.' }) statuses?: WishStatus[] | null;
}
