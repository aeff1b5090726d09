import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { createStreamTicket } from './stream-ticket.service';
import { StreamTicket } from './stream-ticket.types';

@Resolver(() => StreamTicket)
export class StreamTicketResolver {
  @Authorized()
  @Mutation(() => StreamTicket, {
    description:
      'A short-lived, single-use ticket for my push stream: `new EventSource("/events?ticket=…")`, since a browser cannot send the Authorization header there. The stream then reads as my token does.',
  })
  createStreamTicket(@Ctx() ctx: RequestContext): Promise<StreamTicket> {
    return createStreamTicket(ctx);
  }
}
