import { SUBGRAPH_NAMES } from '../../shared/config';
import { benchSystemPorts } from './ports';

describe('benchSystemPorts', () => {
  it('gives the gateway, every subgraph, PostgreSQL and the three gateway peers ports of their own', () => {
    const ports = benchSystemPorts(4100);
    const all = [ports.gateway, ...SUBGRAPH_NAMES.map(ports.subgraph), ports.postgres, ports.free(0), ports.free(1), ports.free(2)];
    expect(new Set(all).size).toBe(all.length);
    expect(ports.gateway).toBe(4100);
    expect(SUBGRAPH_NAMES.map(ports.subgraph)).toEqual(SUBGRAPH_NAMES.map((_, i) => 4101 + i));
    expect(ports.postgres).toBe(4109);
    // The first free port follows the last subgraph (notify, the fifth, took what had been the first peer's).
    expect(ports.free(0)).toBe(4101 + SUBGRAPH_NAMES.length);
    expect(Math.max(...all.filter((port) => port !== ports.postgres))).toBeLessThan(ports.postgres);
  });

  it('refuses a free port that would reach PostgreSQL', () => {
    const ports = benchSystemPorts(4100);
    const room = ports.postgres - ports.free(0);
    expect(() => ports.free(room)).toThrow(`bench ports: only ${room} free between the subgraphs and PostgreSQL`);
  });
});
