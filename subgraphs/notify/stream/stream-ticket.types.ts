import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A single-use ticket that opens the push stream (`GET /events?ticket=`) where no Authorization header can be sent.',
})
export class StreamTicket {
  @Field(() => String, { description: 'Pass as `?ticket=` once; it is kept only hashed.' })
  ticket: string;

  @Field(() => Date, { description: 'Unused after this, it opens nothing (NOTIFY_TICKET_TTL_S, default 60 s).' })
  expiresAt: Date;
}
