import { loader, single, startFloor, type FloorContext } from './floor-server';

interface CommitteeRow {
  compound_id: string;
  name: string;
}

/** Committee's floor: `_entities` of compounds with their owners' committee. */
void startFloor(
  `
  type Compound @key(fields: "id") { id: ID! ownersCommittee: OwnersCommittee }
  type OwnersCommittee { name: String }
  `,
  {
    Compound: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      ownersCommittee: (compound: { id: string }, _: unknown, ctx: FloorContext) =>
        loader(ctx, 'committees', async (pool, ids) => {
          const { rows } = await pool.query<CommitteeRow>(
            'SELECT compound_id, name FROM owners_committee WHERE compound_id = ANY($1::uuid[])',
            [ids],
          );
          return single(ids, rows, (c) => c.compound_id);
        }).load(compound.id),
    },
  },
);
