import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { registerPartTimeGridWorker } from './part-time-grid-worker.service';
import { RegisterPartTimeGridWorkerInput } from './issue-report.types';
import { PartTimeGridWorker } from './part-time-grid-worker.entity';

@Resolver(() => PartTimeGridWorker)
export class PartTimeGridWorkerResolver {
  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => PartTimeGridWorker, {
    description: 'The grid enlists a courier or rider as a part-time grid worker (兼职网格员) of its compound.',
  })
  registerPartTimeGridWorker(
    @Arg('input', () => RegisterPartTimeGridWorkerInput) input: RegisterPartTimeGridWorkerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartTimeGridWorker> {
    return registerPartTimeGridWorker(ctx, input);
  }
}
