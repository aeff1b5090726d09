import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { graphql, GraphQLSchema, isAbstractType, isEnumType, isObjectType, isScalarType } from 'graphql';
import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { SUBGRAPH_NAMES } from '../config';
import { repoRoot } from '../repo-root';
import { SUBGRAPHS } from '../../subgraphs';
import { buildFederatedSchema, serviceSdl, type ReferenceResolvers } from './build-subgraph-schema';
import type { SchemaCache } from './schema-cache';

/** The three resolvers the cached path wires itself (the same code as @apollo/subgraph's, not the same function). */
const FEDERATION_WIRING = new Set(['Query._service', 'Query._entities', '_Entity']);

/**
 * Every resolver of `schema`, by the source of its function: two builds of the same
 * classes make new closures, so identity cannot compare them, but their source can.
 */
function resolversOf(schema: GraphQLSchema): Record<string, string> {
  const found: Record<string, string> = {};
  const source = (fn: unknown) => (typeof fn === 'function' ? String(fn) : '-');
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      found[`${type.name} isTypeOf`] = source(type.isTypeOf);
      for (const field of Object.values(type.getFields()))
        found[`${type.name}.${field.name}`] = `${source(field.resolve)} ${source(field.subscribe)}`;
    }
    if (isAbstractType(type)) found[type.name] = source(type.resolveType);
    if (isScalarType(type)) found[type.name] = [type.serialize, type.parseValue, type.parseLiteral].map(source).join(' ');
    if (isEnumType(type)) found[type.name] = JSON.stringify(type.getValues().map((v) => [v.name, v.value as unknown]));
  }
  for (const key of Object.keys(found)) if (FEDERATION_WIRING.has(key.replace(/ isTypeOf$/, ''))) delete found[key];
  return found;
}

// A small entity, to run `_service` and `_entities` on both paths.
@Directive('@key(fields: "id")')
@ObjectType()
class Parcel {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
}

@Resolver(() => Parcel)
class ParcelResolver {
  @Query(() => [Parcel])
  parcels(): Parcel[] {
    return [];
  }
}

const parcelReferences = {
  Parcel: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, label: `parcel ${ref.id}` }) },
} as unknown as ReferenceResolvers;

const buildParcels = (cache?: SchemaCache) =>
  buildFederatedSchema({ resolvers: [ParcelResolver], referenceResolvers: parcelReferences }, cache);

const FEDERATION_QUERY = `query ($representations: [_Any!]!) {
  _service { sdl }
  _entities(representations: $representations) { __typename ... on Parcel { id label } }
}`;

describe('the subgraph schema cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-schema-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const saved = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; sdl: string; schema: string };

  it.each(SUBGRAPH_NAMES)('%s: a start of the same build gets the schema @apollo/subgraph built, from the cache', async (name) => {
    const cache = { file: path.join(dir, `${name}.json`), key: 'build-1' };
    const apollo = await SUBGRAPHS[name].buildSchema();
    const first = await SUBGRAPHS[name].buildSchema(cache); // builds as Apollo does, and saves
    expect(printSchemaWithDirectives(first)).toBe(printSchemaWithDirectives(apollo));
    expect(saved(cache.file)).toEqual({ key: 'build-1', sdl: serviceSdl(apollo), schema: printSchemaWithDirectives(apollo) });

    const cached = await SUBGRAPHS[name].buildSchema(cache);
    expect(printSchemaWithDirectives(cached)).toBe(printSchemaWithDirectives(apollo));
    expect(serviceSdl(cached)).toBe(serviceSdl(apollo));
    expect(resolversOf(cached)).toEqual(resolversOf(apollo));
    expect(Object.keys(resolversOf(apollo)).length).toBeGreaterThan(50);
  });

  it('answers _service and _entities from the cache as @apollo/subgraph does, and reads the saved SDL', async () => {
    const cache = { file: path.join(dir, 'parcels.json'), key: 'build-1' };
    const representations = [
      { __typename: 'Parcel', id: 'p-1' },
      { __typename: 'Parcel', id: 'p-2' },
    ];
    const run = async (schema: GraphQLSchema) => graphql({ schema, source: FEDERATION_QUERY, variableValues: { representations } });
    const apollo = await run(await buildParcels());
    expect(apollo.errors).toBeUndefined();
    expect(apollo.data?._entities).toEqual([
      { __typename: 'Parcel', id: 'p-1', label: 'parcel p-1' },
      { __typename: 'Parcel', id: 'p-2', label: 'parcel p-2' },
    ]);
    expect((apollo.data?._service as { sdl: string }).sdl).toMatch(/type Parcel\s+@key\(fields: "id"\)/);

    await buildParcels(cache);
    expect(await run(await buildParcels(cache))).toEqual(apollo);

    // What `_service` answers is what the cache holds: the second build read it.
    fs.writeFileSync(cache.file, JSON.stringify({ ...saved(cache.file), sdl: '# from the cache' }));
    expect((await run(await buildParcels(cache))).data?._service).toEqual({ sdl: '# from the cache' });
  });

  it("builds afresh over another build's cache, an unreadable one, or one it cannot write", async () => {
    const file = path.join(dir, 'other.json');
    fs.writeFileSync(file, JSON.stringify({ key: 'build-1', sdl: '# stale', schema: 'type Query { stale: Int }' }));
    const afresh = await buildParcels({ file, key: 'build-2' });
    expect(serviceSdl(afresh)).toMatch(/type Parcel\s+@key\(fields: "id"\)/);
    expect(saved(file)).toMatchObject({ key: 'build-2', sdl: serviceSdl(afresh) });

    fs.writeFileSync(file, '{ not json');
    expect(serviceSdl(await buildParcels({ file, key: 'build-2' }))).toBe(serviceSdl(afresh));
    expect(saved(file).key).toBe('build-2');

    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    const unwritable = { file: path.join(blocked, 'parcels.json'), key: 'build-2' }; // a folder that cannot exist
    expect(serviceSdl(await buildParcels(unwritable))).toBe(serviceSdl(afresh));
    expect(fs.readdirSync(dir).filter((f) => f.includes('.json.'))).toEqual([]); // no temporary file left
  });

  it('spares a start of the same build @apollo/federation-internals altogether', () => {
    const file = path.join(dir, 'party-process.json');
    // A process of its own, as `npm start` runs party (this one has loaded everything long ago).
    const start = () => {
      const script = `
        require('reflect-metadata');
        const { partySubgraph } = require(${JSON.stringify(path.join(repoRoot(), 'dist', 'subgraphs', 'party', 'subgraph.js'))});
        partySubgraph.buildSchema({ file: ${JSON.stringify(file)}, key: 'build-1' }).then((schema) => {
          const loaded = Object.keys(require.cache).some((f) => f.includes('@apollo/federation-internals'));
          console.log(JSON.stringify({ loaded, types: Object.keys(schema.getTypeMap()).length }));
        });`;
      return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: repoRoot() })) as {
        loaded: boolean;
        types: number;
      };
    };
    const first = start();
    expect(first.loaded).toBe(true);
    expect(start()).toEqual({ loaded: false, types: first.types });
  });
});
