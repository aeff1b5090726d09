import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/pagination/connection';
import { Consultation } from './consultation.entity';
import { ConsultationStage } from './consultation.enums';

@ObjectType()
export class ConsultationConnection extends Connection(Consultation) {}

@InputType()
export class StartConsultationInput {
  @Field(() => ID)
  compoundId: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class AdvanceConsultationInput {
  @Field(() => ID)
  consultationId: string;

  @Field(() => ConsultationStage, { description: 'Must be the stage right after the current one.' })
  stage: ConsultationStage;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only for OWNERS_DECISION: the joint vote in which the owners decide.' })
  voteId?: string | null;
}

@InputType()
export class ProposeTopicInput {
  @Field(() => ID)
  consultationId: string;

  @Field(() => String)
  text: string;
}
