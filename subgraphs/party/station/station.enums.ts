import { registerEnumType } from 'type-graphql';

/** The six standard functions of a station; "X" are the station's own (customFunctions). */
export enum StationFunction {
  PUBLIC_OPINION = 'PUBLIC_OPINION',
  CONSULTATION = 'CONSULTATION',
  DISPUTE_MEDIATION = 'DISPUTE_MEDIATION',
  CONVENIENCE_SERVICES = 'CONVENIENCE_SERVICES',
  SOCIAL_ORGANISATION_SERVICES = 'SOCIAL_ORGANISATION_SERVICES',
  SELF_SERVICE = 'SELF_SERVICE',
}
registerEnumType(StationFunction, {
  name: 'StationFunction',
  description:
    'The "6" of 6+X: public opinion collection, consultation, dispute mediation, convenience, social organisation services, self-service.',
});

export enum ServiceMode {
  ON_THE_SPOT = 'ON_THE_SPOT',
  BY_PROXY = 'BY_PROXY',
}
registerEnumType(ServiceMode, { name: 'ServiceMode', description: 'Done on the spot (现场办结) or by proxy (代办).' });

export enum DutyTeam {
  GRID_WORKERS = 'GRID_WORKERS',
  PROPERTY_STAFF = 'PROPERTY_STAFF',
}
registerEnumType(DutyTeam, {
  name: 'DutyTeam',
  description: 'Grid workers on working days 08:30–20:00; the property company’s staff take intake (接件登记) otherwise.',
});

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKING_DAY = 'WORKING_DAY',
}
registerEnumType(CalendarDayKind, { name: 'CalendarDayKind', description: 'An extra holiday, or a weekend made a working day (调休).' });
