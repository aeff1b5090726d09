import { registerEnumType } from 'type-graphql';

/** The four sources of set-up co-funding "四个一点". */
export enum CofundingSource {
  ENTERPRISE = 'ENTERPRISE',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  /** Owners' crowdfunding, paid out of the committee's public fund: points at that FundEntry. */
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  MERCHANT = 'MERCHANT',
}
registerEnumType(CofundingSource, { name: 'CofundingSource', description: 'Who put money into setting up an outlet ("四个一点").' });
