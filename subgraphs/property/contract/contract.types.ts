import { ArrayMaxSize } from '../../../shared/schema/class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CommonArea } from '../common-area/common-area.entity';
import { Building } from '../neighbours/building.ref';

@InputType({ description: 'A new service contract: the zones a company serves in a compound for a period.' })
export class CreateServiceContractInput {
  @Field(() => ID)
  companyId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => String, { description: "First day in force (YYYY-MM-DD, the compound's calendar)." })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); open-ended when null.' })
  endsOn?: string | null;

  @ArrayMaxSize(500)
  @Field(() => [ID], { description: "Party's building ids; each must belong to the compound." })
  buildingIds: string[];

  @ArrayMaxSize(100)
  @Field(() => [String], { description: "Keys of the compound's common areas (east-gate, underground-garage, ...)." })
  areaKeys: string[];
}

@ObjectType({ description: 'The buildings and common areas of a compound that no contract covers on a day.' })
export class UncoveredZones {
  @Field(() => String, { description: 'The day asked about (YYYY-MM-DD, Asia/Shanghai).' })
  day: string;

  @Field(() => [Building], { nullable: true })
  buildings: Building[];

  @Field(() => [CommonArea])
  areas: CommonArea[];
}
