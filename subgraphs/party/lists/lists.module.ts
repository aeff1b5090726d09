import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { CompoundListsResolver } from './compound-lists.resolver';
import { Need } from './need.entity';
import { NeedResolver } from './need.resolver';
import { Project } from './project.entity';
import { ProjectResolver } from './project.resolver';
import { Resource } from './resource.entity';
import { ResourceResolver } from './resource.resolver';

/** The three lists (三张清单) of a compound: needs, resources, and the projects that match them. */
export const listsModule: SubgraphModule = {
  entities: [Need, Resource, Project],
  resolvers: [NeedResolver, ResourceResolver, ProjectResolver, CompoundListsResolver],
};
