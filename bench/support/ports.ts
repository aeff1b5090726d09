import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';

/**
 * A bench system's ports from its base: the gateway on the base, the subgraphs after it
 * in SUBGRAPH_NAMES' order, the throwaway PostgreSQL on base + 9. The ports from
 * `firstFree` up to PostgreSQL's are left for the bench's own servers (the gateway bench's
 * peers); `free(i)` refuses one that would reach PostgreSQL's.
 */
export function benchSystemPorts(basePort: number) {
  const postgres = basePort + 9;
  const firstFree = basePort + 1 + SUBGRAPH_NAMES.length;
  return {
    gateway: basePort,
    subgraph: (name: SubgraphName) => basePort + 1 + SUBGRAPH_NAMES.indexOf(name),
    postgres,
    free(index: number): number {
      const port = firstFree + index;
      if (port >= postgres) throw new Error(`bench ports: only ${postgres - firstFree} free between the subgraphs and PostgreSQL`);
      return port;
    },
  };
}
