import { entityReference } from '../../../shared/schema/entity-reference';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { companyById } from './company.loaders';
import { PropertyCompanyResolver } from './company.resolver';
import { PropertyCompany } from './property-company.entity';

/** Property companies (物业公司): the entity the enterprise subgraph extends. */
export const companyModule: SubgraphModule = {
  entities: [PropertyCompany],
  resolvers: [PropertyCompanyResolver],
  orphanedTypes: [PropertyCompany],
  referenceResolvers: { PropertyCompany: entityReference([], (id, ctx) => companyById(ctx).load(id)) },
};
