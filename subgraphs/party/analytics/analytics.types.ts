import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/pagination/connection';
import { Compound } from '../org-tree/compound.entity';

@ObjectType({ description: 'A count per key (category, path).' })
export class KeyCount {
  @Field(() => String) key: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "One compound's party figures over a period of local days (the compound's time zone)." })
export class CompoundPartyStats {
  @Field(() => Compound) compound: Compound;
  @Field(() => String, { description: 'First local day, inclusive (YYYY-MM-DD).' }) from: string;
  @Field(() => String, { description: 'Last local day, inclusive (YYYY-MM-DD).' }) to: string;
  @Field(() => Int, { description: 'Issue reports filed in the period; the figures below follow these reports.' }) reports: number;
  @Field(() => Int) responded: number;
  @Field(() => Int, {
    description:
      "Answered within 10 minutes (≤ 600 s) of the promise's start: a report filed outside the grid's duty hours counts from when duty next began, in the period it was filed in.",
  })
  respondedWithinPromise: number;
  @Field(() => Float, {
    nullable: true,
    description: 'respondedWithinPromise / reports (unanswered reports count against it); null without reports.',
  })
  shareRespondedWithinPromise: number | null;
  @Field(() => Int, {
    description:
      'Reports of the period that escalated by themselves to level 1 or beyond (no first response 600 s into the promise, by default).',
  })
  escalatedLevel1: number;
  @Field(() => Int, {
    description: 'Reports of the period that escalated to level 2 or beyond (the community’s Party secretaries, by default).',
  })
  escalatedLevel2: number;
  @Field(() => Float, { nullable: true, description: 'Median seconds from filing to first response (wall time).' }) medianResponseSeconds:
    number | null;
  @Field(() => Int) resolved: number;
  @Field(() => Float, { nullable: true, description: 'Median seconds from report to (latest) resolution.' }) medianResolutionSeconds:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Mean close-out satisfaction, 1–5.' }) averageSatisfaction: number | null;
  @Field(() => [KeyCount], { description: 'Reports by category.' }) byCategory: KeyCount[];
  @Field(() => [KeyCount], { description: 'Reports by how they were dealt with (COMMUNITY, PROPERTY, WHISTLE).' }) byPath: KeyCount[];
  @Field(() => Int, { description: 'Micro-wishes fulfilled in the period.' }) wishesFulfilled: number;
  @Field(() => Int, { description: 'Volunteer minutes: attendees × length of activities starting in the period.' })
  volunteerMinutes: number;
  @Field(() => Float) volunteerHours: number;
}

@ObjectType()
export class CompoundPartyStatsConnection extends Connection(CompoundPartyStats) {}
