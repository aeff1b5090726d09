import type { SubgraphName } from '../shared/config';
import type { SubgraphDefinition } from '../shared/server/subgraph-definition';
import { committeeSubgraph } from './committee/subgraph';
import { enterpriseSubgraph } from './enterprise/subgraph';
import { notifySubgraph } from './notify/subgraph';
import { partySubgraph } from './party/subgraph';
import { propertySubgraph } from './property/subgraph';

/** The five subgraphs (the four stakeholders' and notify), for the scripts and tests that handle all of them alike. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition> = {
  party: partySubgraph,
  committee: committeeSubgraph,
  property: propertySubgraph,
  enterprise: enterpriseSubgraph,
  notify: notifySubgraph,
};
