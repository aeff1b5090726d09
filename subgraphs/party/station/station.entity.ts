import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

/** The six standard functions of a station; "X" are the station's own (customFunctions). */
export enum StationFunction {
  PUBLIC_OPINION = 'PUBLIC_OPINION',
  CONSULTATION = 'CONSULTATION',
  DISPUTE_MEDIATION = 'DISPUTE_MEDIATION',
  CONVENIENCE_SERVICES = 'CONVENIENCE_SERVICES',
  SOCIAL_ORGANISATION_SERVICES = 'SOCIAL_ORGANISATION_SERVICES',
  SELF_SERVICE = 'SELF_SERVICE',
}
registerEnumType(StationFunction, {
  name: 'StationFunction',
  description:
    'The "6" of 6+X: public opinion collection, consultation, dispute mediation, convenience, social organisation services, self-service.',
});

export enum ServiceMode {
  ON_THE_SPOT = 'ON_THE_SPOT',
  BY_PROXY = 'BY_PROXY',
}
registerEnumType(ServiceMode, { name: 'ServiceMode', description: 'Done on the spot (现场办结) or by proxy (代办).' });

export enum DutyTeam {
  GRID_WORKERS = 'GRID_WORKERS',
  PROPERTY_STAFF = 'PROPERTY_STAFF',
}
registerEnumType(DutyTeam, {
  name: 'DutyTeam',
  description: 'Grid workers on working days 08:30–20:00; the property company’s staff take intake (接件登记) otherwise.',
});

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKING_DAY = 'WORKING_DAY',
}
registerEnumType(CalendarDayKind, { name: 'CalendarDayKind', description: 'An extra holiday, or a weekend made a working day (调休).' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'The service station (服务驿站 / 党群服务站) of a compound.' })
@Entity('service_station')
export class ServiceStation extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => [StationFunction], { description: 'Every station has the six.' })
  get functions(): StationFunction[] {
    return Object.values(StationFunction);
  }

  @Field(() => [String], { description: 'The "X": functions of its own.' })
  @Column({ name: 'custom_functions', type: 'text', array: true, default: '{}' })
  customFunctions: string[];
}

@ObjectType({ description: 'A service moved down to the station (服务下沉).' })
@Entity('station_service')
export class StationService extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'station_id', type: 'uuid' })
  stationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'Its category in the catalogue.' })
  @Column({ type: 'text' })
  category: string;

  @Field(() => ServiceMode)
  @Column({ type: 'text' })
  mode: ServiceMode;
}

@ObjectType({ description: "An exception to a compound's working week." })
@Entity('compound_calendar_day')
export class CompoundCalendarDay extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Field(() => CalendarDayKind)
  @Column({ type: 'text' })
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
