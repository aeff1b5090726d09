import { registerEnumType } from 'type-graphql';

export enum ActivityKind {
  OPEN_DAY = 'OPEN_DAY',
  PARTY_LESSON = 'PARTY_LESSON',
  CLEAN_UP = 'CLEAN_UP',
  FREE_HAIRCUT = 'FREE_HAIRCUT',
  FREE_CLINIC = 'FREE_CLINIC',
  OTHER = 'OTHER',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'Open days (小区开放日), micro Party lessons, clean-ups, free haircuts and clinics...',
});

export enum PointsEntryKind {
  EARNED = 'EARNED',
  REDEEMED = 'REDEEMED',
}
registerEnumType(PointsEntryKind, { name: 'PointsEntryKind' });
