import { registerEnumType } from 'type-graphql';
import { asEnum } from '../../../shared/schema/as-enum';

export const OPEN_DAY_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type OpenDayStatus = (typeof OPEN_DAY_STATUSES)[number];
export const OpenDayStatusEnum = asEnum(OPEN_DAY_STATUSES);
registerEnumType(OpenDayStatusEnum, { name: 'ServiceOpenDayStatus' });
