import { demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { propertySubgraph } from '../../../subgraphs/property/subgraph';
import { sharedDemoStack } from '../../support/shared-stack';
import { ok } from '../../support/post-graphql';
import type { Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';

const LiulangZones = graphql(`
  query PropertyDemoLiulangZones($id: ID!) {
    compound(id: $id) {
      uncoveredZones {
        buildings {
          id
        }
        areas {
          key
        }
      }
      commonAreas {
        key
      }
      serviceContracts {
        id
      }
    }
  }
`);
const LiulangOrders = graphql(`
  query PropertyDemoLiulangOrders($id: ID!) {
    workOrders(compoundId: $id, first: 100) {
      totalCount
      edges {
        node {
          status
          overdue
          areaKey
          company {
            id
          }
          building {
            id
            responsibleCompany {
              id
            }
          }
          history {
            action
          }
        }
      }
    }
  }
`);
const ResponsibleForArea = graphql(`
  query PropertyDemoResponsibleForArea($id: ID!, $a: String) {
    compound(id: $id) {
      responsibleCompany(areaKey: $a) {
        id
      }
    }
  }
`);
const OrderPage = graphql(`
  query PropertyDemoOrderPage($id: ID!, $first: Int) {
    workOrders(compoundId: $id, first: $first) {
      edges {
        node {
          id
          overdue
          company {
            name
            staff {
              id
            }
          }
          assignee {
            name
          }
          history {
            action
          }
          building {
            responsibleCompany {
              name
            }
          }
        }
      }
    }
  }
`);

describe('property: demo data', () => {
  let stack: Stack;
  const liulang = demoCompound('liulang-dongyuan');
  beforeAll(async () => {
    stack = await sharedDemoStack();
  });

  const counts = async () =>
    Promise.all(
      [
        'property_company',
        'service_contract',
        'contract_zone',
        'common_area',
        'staff_member',
        'work_order',
        'work_order_event',
        'work_order_sla_due',
      ].map(async (t) => [t, Number((await stack.dataSources.property.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n)] as const),
    );

  it('is idempotent: a second run adds nothing', async () => {
    const before = await counts();
    stack.clock.advance(3_600_000);
    await propertySubgraph.seedDemo(stack.dataSources.property, stack.clock);
    expect(await counts()).toEqual(before);
  });

  it('puts the property desk persona on the duty-manager rota of each company it is scoped to, and watches every open order', async () => {
    const managers = await stack.dataSources.property.query(
      `SELECT company_id, name, active FROM staff_member WHERE duty_manager AND account_sub = 'persona:property-desk' ORDER BY company_id`,
    );
    expect(managers).toEqual(
      [demoCompanyId('qingbo-property'), demoCompanyId('kuiguangta-property')].sort().map((company_id) => ({
        company_id,
        name: 'Property desk (值班经理)',
        active: true,
      })),
    );
    const unwatched = await stack.dataSources.property.query(
      `SELECT w.id FROM work_order w LEFT JOIN work_order_sla_due d ON d.work_order_id = w.id AND d.due_at = w.sla_deadline
        WHERE w.status IN ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS') AND d.work_order_id IS NULL`,
    );
    expect(unwatched).toEqual([]);
  });

  it("covers every building and area of Liulang Dongyuan once, with orders in every status, some overdue, each with its zone's company", async () => {
    const analyst = await tokenFor('analyst');
    const r = await stack.query(LiulangZones, { id: liulang.id }, analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data!.compound.uncoveredZones).toEqual({ buildings: [], areas: [] });
    expect(r.data!.compound.commonAreas).toHaveLength(5);
    const zones = await stack.dataSources.property.query(
      `SELECT zone_key, count(*)::int AS n FROM contract_zone WHERE compound_id = $1 GROUP BY zone_key`,
      [liulang.id],
    );
    expect(zones).toHaveLength(6 + 5);
    expect(zones.every((z: { n: number }) => z.n === 1)).toBe(true);

    const orders = await stack.query(LiulangOrders, { id: liulang.id }, analyst);
    expect(orders.errors).toBeUndefined();
    const nodes = ok(orders).workOrders.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.status))).toEqual(
      new Set(['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CONFIRMED', 'CANCELLED']),
    );
    expect(nodes.filter((n) => n.overdue).length).toBeGreaterThanOrEqual(3);
    for (const n of nodes) if (n.building) expect(n.building.responsibleCompany?.id).toBe(n.company.id);
    for (const n of nodes.filter((x) => x.areaKey)) {
      const who = await stack.query(ResponsibleForArea, { id: liulang.id, a: n.areaKey }, analyst);
      expect(who.data!.compound.responsibleCompany?.id).toBe(n.company.id);
    }
    expect(nodes.every((n) => n.history.length >= 1 && n.history[0].action === 'SUBMIT')).toBe(true);
  });

  it('loads nested fields of a page of orders without one statement per order', async () => {
    const analyst = await tokenFor('analyst');
    const statements = async (first: number) => {
      const before = stack.counters.property.count;
      const r = await stack.query(OrderPage, { id: liulang.id, first }, analyst);
      expect(r.errors).toBeUndefined();
      expect(r.data!.workOrders.edges).toHaveLength(first);
      return stack.counters.property.count - before;
    };
    expect(await statements(9)).toBe(await statements(3));
  });
});
