import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { CommonArea } from './common-area.entity';
import { defineCommonArea } from './common-area.service';
import { DefineCommonAreaInput } from './common-area.types';

@Resolver(() => CommonArea)
export class CommonAreaResolver {
  @Authorized('property_staff')
  @Mutation(() => CommonArea, { description: "Registers (or renames) a compound's common area." })
  defineCommonArea(
    @Arg('input', () => DefineCommonAreaInput) input: DefineCommonAreaInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommonArea> {
    return defineCommonArea(ctx, input);
  }
}
