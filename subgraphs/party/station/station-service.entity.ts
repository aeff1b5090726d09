import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { ServiceMode } from './station.enums';

@ObjectType({ description: 'A service moved down to the station (服务下沉).' })
@Entity('station_service')
export class StationService extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('station_id')
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
