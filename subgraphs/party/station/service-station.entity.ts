import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { StationFunction } from './station.enums';

/**
 * A compound's service station. Every GraphQL field but `id` is nullable: property hands out
 * stations, and while party is down the rest of such a reference is null, not the object
 * holding it (README, "Schema changes").
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'The service station (服务驿站 / 党群服务站) of a compound.' })
@Entity('service_station')
export class ServiceStation extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { nullable: true })
  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  name: string;

  @Field(() => [StationFunction], { nullable: true, description: 'Every station has the six.' })
  get functions(): StationFunction[] {
    return Object.values(StationFunction);
  }

  @Field(() => [String], { nullable: true, description: 'The "X": functions of its own.' })
  @Column({ name: 'custom_functions', type: 'text', array: true, default: '{}' })
  customFunctions: string[];
}
