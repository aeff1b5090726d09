import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { StationFunction } from './station.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'The service station (服务驿站 / 党群服务站) of a compound.' })
@Entity('service_station')
export class ServiceStation extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID)
  @UuidColumn('compound_id')
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
