import { grouped, loader, startFloor, type FloorContext } from './floor-server';

interface OutletRow {
  compound_id: string;
  name: string;
}

/** Enterprise's floor: `_entities` of compounds with their outlets. */
void startFloor(
  `
  type Compound @key(fields: "id") { id: ID! outlets: [Outlet!] }
  type Outlet { name: String! }
  `,
  {
    Compound: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      outlets: (compound: { id: string }, _: unknown, ctx: FloorContext) =>
        loader(ctx, 'outlets', async (pool, ids) => {
          const { rows } = await pool.query<OutletRow>(
            'SELECT compound_id, name FROM outlet WHERE compound_id = ANY($1::uuid[]) ORDER BY name, id',
            [ids],
          );
          return grouped(ids, rows, (o) => o.compound_id);
        }).load(compound.id),
    },
  },
);
