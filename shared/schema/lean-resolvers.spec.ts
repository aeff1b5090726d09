import 'reflect-metadata';
import { graphql, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Arg, Authorized, buildSchema, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { leanResolvers } from './lean-resolvers';

@ObjectType()
class Thing {
  @Field(() => ID)
  id!: string;
}

interface Context {
  calls: string[];
  viewer?: string;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => [Thing])
  things(@Arg('plain', () => Boolean) plain: boolean): Thing[] {
    // Instances, as a loader hydrates them; or plain objects, which type-graphql converts to the class.
    const rows = [{ id: 'a' }, { id: 'b' }];
    return plain ? rows : rows.map((row) => Object.assign(new Thing(), row));
  }

  @FieldResolver(() => String)
  described(@Ctx() ctx: Context, @Root() thing: Thing, @Info() info: GraphQLResolveInfo): string {
    ctx.calls.push(`described ${thing.id}`);
    return `${thing.id} ${thing instanceof Thing ? 'is' : 'is not'} a Thing, at ${info.path.key}`;
  }

  @FieldResolver(() => Int)
  doubled(@Root() thing: Thing, @Arg('by', () => Int) by: number): number {
    return thing.id.length * by * 2;
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true })
  secret(@Root() thing: Thing): string {
    return `secret of ${thing.id}`;
  }
}

async function schemaAndResolvers(direct = true) {
  const schema = await buildSchema({
    resolvers: [ThingResolver],
    authChecker: ({ context }: { context: Context }) => context.viewer !== undefined,
    validate: false,
  });
  const fields = (schema.getType('Thing') as GraphQLObjectType).getFields();
  const before = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.resolve]));
  if (direct) leanResolvers(schema);
  return { schema, before, fields };
}

async function run(schema: GraphQLSchema, plain: boolean, viewer?: string) {
  const context: Context = { calls: [], viewer };
  const result = await graphql({
    schema,
    source: `{ things(plain: ${plain}) { id described doubled(by: 3) secret } }`,
    contextValue: context,
  });
  return { result: JSON.parse(JSON.stringify(result)) as unknown, calls: context.calls };
}

describe('leanResolvers: field resolvers called without type-graphql’s generic handler', () => {
  it('replaces only field resolvers with nothing but @Root, @Ctx and @Info: arguments, roles and middlewares keep type-graphql', async () => {
    const { before, fields } = await schemaAndResolvers();
    expect(fields.described.resolve).not.toBe(before.described);
    expect(fields.doubled.resolve).toBe(before.doubled);
    expect(fields.secret.resolve).toBe(before.secret);
  });

  it.each([false, true])('answers exactly as type-graphql does, roots of the class or not (plain rows: %s)', async (plain) => {
    const direct = (await schemaAndResolvers()).schema;
    const typeGraphQL = (await schemaAndResolvers(false)).schema;
    for (const viewer of ['someone', undefined]) expect(await run(direct, plain, viewer)).toEqual(await run(typeGraphQL, plain, viewer));
    const signedIn = await run(direct, plain, 'someone');
    const described = (id: string) => `${id} ${plain ? 'is not' : 'is'} a Thing, at described`;
    expect(signedIn).toEqual({
      result: {
        data: {
          things: [
            { id: 'a', described: described('a'), doubled: 6, secret: 'secret of a' },
            { id: 'b', described: described('b'), doubled: 6, secret: 'secret of b' },
          ],
        },
      },
      calls: ['described a', 'described b'],
    });
    const anonymous = (await run(direct, plain)).result as { data: { things: { secret: string | null }[] }; errors: { message: string }[] };
    expect(anonymous.data.things.map((thing) => thing.secret)).toEqual([null, null]);
    expect(anonymous.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/Access denied/),
      expect.stringMatching(/Access denied/),
    ]);
  });
});
