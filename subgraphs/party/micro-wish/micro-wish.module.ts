import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { CompoundMicroWishesResolver } from './compound-micro-wishes.resolver';
import { MicroWish } from './micro-wish.entity';
import { MicroWishResolver } from './micro-wish.resolver';

/** Micro-wishes (微心愿): posted by or for a resident, claimed once and fulfilled by a volunteer or Party member. */
export const microWishModule: SubgraphModule = {
  entities: [MicroWish],
  resolvers: [MicroWishResolver, CompoundMicroWishesResolver],
};
