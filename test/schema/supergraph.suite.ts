import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, printSdl, readSupergraphConfig } from '../../shared/schema/compose';
import { repoRoot } from '../../shared/repo-root';
import { SUBGRAPH_NAMES } from '../../shared/config';
import { SUBGRAPHS } from '../../subgraphs';

/** The committed SDL files are what the code prints, and they compose: run `npm run compose` when this fails. */
describe('committed schemas', () => {
  const root = repoRoot();
  const config = readSupergraphConfig(root);
  const printed: Record<string, string> = {};

  beforeAll(async () => {
    for (const name of SUBGRAPH_NAMES) printed[name] = printSdl(await SUBGRAPHS[name].buildSchema());
  });

  it.each(SUBGRAPH_NAMES)('%s schema.graphql matches the code', (name) => {
    const file = path.join(root, config.subgraphs[name].schema.file);
    expect(fs.readFileSync(file, 'utf8')).toBe(printed[name]);
    expect(printed[name]).toContain('@link(url: "https://specs.apollo.dev/federation/v2.');
  });

  it('supergraph.graphql is the composition of the current subgraph schemas', () => {
    const composed = composeSupergraph((name) => printed[name], root);
    expect(fs.readFileSync(path.join(root, 'supergraph.graphql'), 'utf8')).toBe(composed);
  });

  it('composition fails when two subgraphs define the same field', () => {
    // committee claiming Compound.name, which party owns: not @shareable, so it must not compose.
    const broken: Record<string, string> = {
      ...printed,
      committee: printed.committee.replace(/(type Compound[^{]*\{\s*id: ID!)/, '$1\n  name: String!'),
    };
    expect(broken.committee).not.toBe(printed.committee);
    expect(() => composeSupergraph((name) => broken[name], root)).toThrow(/Composition failed/);
  });

  it('lists every subgraph in supergraph.yaml', () => {
    expect(Object.keys(config.subgraphs).sort()).toEqual([...SUBGRAPH_NAMES].sort());
  });
});
