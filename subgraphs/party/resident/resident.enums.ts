import { registerEnumType } from 'type-graphql';

/** What a compound's resident list is sorted by (`orderBy`). */
export enum ResidentOrderField {
  NAME = 'NAME',
  REGISTERED_AT = 'REGISTERED_AT',
}
registerEnumType(ResidentOrderField, {
  name: 'ResidentOrderField',
  description:
    "NAME: by name, erased residents first (only for those who see names: the compound's grid and admins); REGISTERED_AT: when the grid registered them.",
});
