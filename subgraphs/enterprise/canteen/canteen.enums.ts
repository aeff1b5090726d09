import { registerEnumType } from 'type-graphql';

export enum CharityFundEntryKind {
  MERCHANT_SUPPLY_CREDIT = 'MERCHANT_SUPPLY_CREDIT',
  DONATION = 'DONATION',
  MEAL_SUBSIDY = 'MEAL_SUBSIDY',
}
registerEnumType(CharityFundEntryKind, { name: 'CharityFundEntryKind' });

export enum MealPaidBy {
  DINER = 'DINER',
  /** Paid from the charity fund (爱心基金) for a registered family in difficulty. */
  CHARITY_FUND = 'CHARITY_FUND',
}
registerEnumType(MealPaidBy, { name: 'MealPaidBy' });

/** What a meal list is sorted by (`orderBy`); without it, in the order served. */
export enum MealOrderField {
  SERVED_AT = 'SERVED_AT',
  MEAL_DATE = 'MEAL_DATE',
}
registerEnumType(MealOrderField, { name: 'MealOrderField', description: 'SERVED_AT: when it was served; MEAL_DATE: its local day.' });
