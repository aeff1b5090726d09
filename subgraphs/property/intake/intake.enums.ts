import { registerEnumType } from 'type-graphql';
import { asEnum } from '../../../shared/schema/as-enum';

export const GRID_HANDBACK = ['NOT_REQUESTED', 'PENDING', 'DELIVERED', 'FAILED'] as const;
export type GridHandback = (typeof GRID_HANDBACK)[number];
export const GridHandbackEnum = asEnum(GRID_HANDBACK);
registerEnumType(GridHandbackEnum, {
  name: 'GridHandback',
  description: 'Whether the intake is (to be) handed back to the grid workers as an issue report.',
});
