import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { CanteenResolver, MealCardResolver, MealResolver } from './canteen.resolver';
import { CharityFundEntry } from './charity-fund-entry.entity';
import { DifficultyFamily } from './difficulty-family.entity';
import { MealCard } from './meal-card.entity';
import { MealPriceTier } from './meal-price-tier.entity';
import { Meal } from './meal.entity';
import { MerchantSupply } from './merchant-supply.entity';

/** The community canteen (爱有味): meal cards, meals priced by age, merchants' half-price supply and the charity fund. */
export const canteenModule: SubgraphModule = {
  entities: [MealPriceTier, MealCard, Meal, CharityFundEntry, DifficultyFamily, MerchantSupply],
  resolvers: [MealCardResolver, MealResolver, CanteenResolver],
};
