import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';

/**
 * A residential compound (小区), one grid (网格) of the org tree; the key every subgraph
 * extends. Every GraphQL field but `id` is nullable: committee, property and enterprise hand
 * out compounds, and while party is down the rest of such a reference is null, not the
 * object holding it (README, "Schema changes").
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A residential compound (小区): one grid of the org tree.' })
@Entity('compound')
@Index('compound_name_id', ['name', 'id'])
export class Compound extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('community_id')
  communityId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The name in Chinese, e.g. 晴岚家园.' })
  @Column({ name: 'name_zh', type: 'text', nullable: true })
  nameZh: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone for the rules that speak of days and hours.' })
  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Shanghai' })
  timeZone: string;
}
