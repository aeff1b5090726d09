import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { needsByProject, resourcesByProject } from './lists.loaders';
import { createProject } from './lists.service';
import { CreateProjectInput } from './lists.types';
import { Need } from './need.entity';
import { Project } from './project.entity';
import { Resource } from './resource.entity';

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Project, { description: 'Add to the projects list (项目清单): match needs to resources of the same compound.' })
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: RequestContext): Promise<Project> {
    return createProject(ctx, input);
  }

  @FieldResolver(() => [Need])
  needs(@Root() p: Project, @Ctx() ctx: RequestContext): Promise<Need[]> {
    return needsByProject(ctx).load(p.id);
  }

  @FieldResolver(() => [Resource])
  resources(@Root() p: Project, @Ctx() ctx: RequestContext): Promise<Resource[]> {
    return resourcesByProject(ctx).load(p.id);
  }
}
