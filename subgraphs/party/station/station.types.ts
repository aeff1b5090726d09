import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CalendarDayKind, DutyTeam, ServiceMode } from './station.enums';

@InputType()
export class CreateServiceStationInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) name: string;
  @Field(() => [String], { nullable: true, description: 'The "X": functions of its own.' }) customFunctions?: string[] | null;
}

@InputType()
export class AddStationServiceInput {
  @Field(() => ID) stationId: string;
  @Field(() => String) name: string;
  @Field(() => String) category: string;
  @Field(() => ServiceMode) mode: ServiceMode;
}

@InputType()
export class SetCalendarDayInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) day: string;
  @Field(() => CalendarDayKind) kind: CalendarDayKind;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType({ description: 'Who takes intake at a station at an instant.' })
export class OnDuty {
  @Field(() => Date) at: Date;
  @Field(() => DutyTeam) team: DutyTeam;
  @Field(() => Boolean, { description: 'Is that local day a working day for the compound?' }) workingDay: boolean;
  @Field(() => String, { description: 'The local date at the compound (YYYY-MM-DD).' }) localDate: string;
}
