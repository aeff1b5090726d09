import { grouped, loader, single, startFloor, type FloorContext } from './floor-server';

interface ContractRow {
  compound_id: string;
  company_id: string;
}
interface CompanyRow {
  id: string;
  name: string;
}

/** Property's floor: `_entities` of compounds with their contracts' companies. */
void startFloor(
  `
  type Compound @key(fields: "id") { id: ID! serviceContracts: [ServiceContract!] }
  type ServiceContract { company: PropertyCompany }
  type PropertyCompany { name: String }
  `,
  {
    Compound: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      serviceContracts: (compound: { id: string }, _: unknown, ctx: FloorContext) =>
        loader(ctx, 'contracts', async (pool, ids) => {
          const { rows } = await pool.query<ContractRow>(
            'SELECT compound_id, company_id FROM service_contract WHERE compound_id = ANY($1::uuid[]) ORDER BY starts_on, id',
            [ids],
          );
          return grouped(ids, rows, (c) => c.compound_id);
        }).load(compound.id),
    },
    ServiceContract: {
      company: (contract: ContractRow, _: unknown, ctx: FloorContext) =>
        loader(ctx, 'companies', async (pool, ids) => {
          const { rows } = await pool.query<CompanyRow>('SELECT id, name FROM property_company WHERE id = ANY($1::uuid[])', [ids]);
          return single(ids, rows, (c) => c.id);
        }).load(contract.company_id),
    },
  },
);
