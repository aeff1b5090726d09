import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema, type GraphQLSchema } from 'graphql';
import YAML from 'yaml';
import { repoRoot } from '../repo-root';

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export function readSupergraphConfig(root = repoRoot()): SupergraphConfig {
  return YAML.parse(fs.readFileSync(path.join(root, 'supergraph.yaml'), 'utf8')) as SupergraphConfig;
}

/** A subgraph schema printed with its federation directives, as committed beside it. */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

type SdlOf = (name: string, file: string) => string;

/** Composes the subgraph SDL files named in supergraph.yaml; throws with every composition error. */
function compose(sdlOf: SdlOf, root: string) {
  const config = readSupergraphConfig(root);
  const services = Object.entries(config.subgraphs).map(([name, s]) => ({
    name,
    url: s.routing_url,
    typeDefs: parse(sdlOf(name, path.join(root, s.schema.file))),
  }));
  const result = composeServices(services);
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  return result;
}

/** The supergraph SDL the gateway loads, with its federation (join) directives. */
export function composeSupergraph(sdlOf: SdlOf, root = repoRoot()): string {
  return `${compose(sdlOf, root).supergraphSdl.trim()}\n`;
}

/**
 * The supergraph's API schema: what clients of the gateway see, without the federation
 * directives and without the @inaccessible types and fields only subgraphs call.
 */
export function composeApiSchema(sdlOf: SdlOf, root = repoRoot()): string {
  return `${printSchema(compose(sdlOf, root).schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`;
}

/** The API schema of a composed supergraph SDL (e.g. the committed supergraph.graphql): what its clients may query. */
export function apiSchemaOf(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()).trim()}\n`;
}
