import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/pagination/connection';
import { NeedSource, ResourceKind } from './lists.enums';
import { Need } from './need.entity';
import { Project } from './project.entity';
import { Resource } from './resource.entity';

@ObjectType()
export class NeedConnection extends Connection(Need) {}
@ObjectType()
export class ResourceConnection extends Connection(Resource) {}
@ObjectType()
export class ProjectConnection extends Connection(Project) {}

@InputType()
export class AddNeedInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => NeedSource) source: NeedSource;
}

@InputType()
export class AddResourceInput {
  @Field(() => ID) compoundId: string;
  @Field(() => ResourceKind) kind: ResourceKind;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class CreateProjectInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { description: 'Needs of the same compound it answers (at least one).' }) needIds: string[];
  @Field(() => [ID], { description: 'Resources of the same compound it uses (at least one).' }) resourceIds: string[];
}
