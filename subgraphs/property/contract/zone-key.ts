/**
 * A zone is what a contract covers and a work order is routed by: a building or a
 * named common area of a compound, written as one key.
 */
export const buildingZone = (buildingId: string) => `building:${buildingId}`;
export const areaZone = (areaKey: string) => `area:${areaKey}`;

/** The common area a service station stands in: the contract covering it serves the station. */
export const STATION_AREA = 'service-station';
