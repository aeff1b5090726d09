import { byIdLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { MealCard } from './meal-card.entity';

/** Meal cards by id: every meal of a page names its card (and whose personal data it is) through one batch. */
export function mealCardById(ctx: RequestContext) {
  return byIdLoader(ctx, 'mealCardById', MealCard);
}
