import { registerEnumType } from 'type-graphql';

export enum OutletKind {
  /** 24-hour veg shop (便民蔬菜店). */
  VEG_SHOP = 'VEG_SHOP',
  /** Community canteen (爱有味 食堂). */
  CANTEEN = 'CANTEEN',
  /** Service market (城南市集). */
  SERVICE_MARKET = 'SERVICE_MARKET',
}
registerEnumType(OutletKind, { name: 'OutletKind', description: "What a social enterprise's outlet does." });
