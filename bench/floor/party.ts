import { grouped, loader, startFloor, type FloorContext } from './floor-server';

interface CompoundRow {
  id: string;
  name: string;
}
interface BuildingRow {
  compound_id: string;
  number: number;
}

/** Party's floor: the first compounds by name with their buildings. */
void startFloor(
  `
  type Query { compounds(first: Int): CompoundConnection }
  type CompoundConnection { edges: [CompoundEdge!]! }
  type CompoundEdge { node: Compound! }
  type Compound @key(fields: "id") { id: ID! name: String buildings: [Building!] }
  type Building @key(fields: "id") { id: ID! number: Int }
  `,
  {
    Query: {
      compounds: async (_: unknown, { first }: { first: number }, { pool }: FloorContext) => {
        const { rows } = await pool.query<CompoundRow>('SELECT id, name FROM compound ORDER BY name, id LIMIT $1', [first]);
        return { edges: rows.map((node) => ({ node })) };
      },
    },
    Compound: {
      buildings: (compound: CompoundRow, _: unknown, ctx: FloorContext) =>
        loader(ctx, 'buildings', async (pool, ids) => {
          const { rows } = await pool.query<BuildingRow>(
            'SELECT compound_id, number FROM building WHERE compound_id = ANY($1::uuid[]) ORDER BY number',
            [ids],
          );
          return grouped(ids, rows, (b) => b.compound_id);
        }).load(compound.id),
    },
  },
);
