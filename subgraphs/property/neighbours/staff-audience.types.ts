import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** What notify needs to decide whether a property user is in an event's audience. */
@Directive('@inaccessible')
@ObjectType()
export class StaffAudience {
  @Field(() => [ID], { description: 'Those of the companies asked where the user is an active duty manager.' })
  dutyManagerCompanyIds: string[];

  @Field(() => [ID], {
    description:
      'Compounds whose service station a current contract of the companies asked covers (after-hours intake, `ServiceStation.propertyCompany`).',
  })
  afterHoursCompoundIds: string[];
}
