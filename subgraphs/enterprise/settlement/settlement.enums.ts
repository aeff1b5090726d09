import { registerEnumType } from 'type-graphql';

export enum RebateStatus {
  /** Nothing to hand over: the rebate is zero (no proceeds, or a 0% rebate). */
  NONE = 'NONE',
  /** Waiting for (or retrying) delivery to the committee's fund. */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** The committee refused it for good; see `failureReason`. */
  FAILED = 'FAILED',
}
registerEnumType(RebateStatus, { name: 'RebateStatus', description: "Where a settlement's rebate to the owners' committee fund stands." });

/** What a settlement list is sorted by (`orderBy`); without it, by period. */
export enum SettlementOrderField {
  PERIOD = 'PERIOD',
  SETTLED_AT = 'SETTLED_AT',
  PROCEEDS = 'PROCEEDS',
}
registerEnumType(SettlementOrderField, {
  name: 'SettlementOrderField',
  description: 'PERIOD: the month settled; SETTLED_AT: when it was settled; PROCEEDS: sales less cost of goods.',
});
