import { randomUUID } from 'node:crypto';
import { demoCommitteeId, demoCompanyId } from '../../../shared/demo/manifest';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { PlaceVegOrderInput, RecordVegPurchaseInput } from '../../typed/graphql';
import { CreateAgreement } from './documents';
import { ENTERPRISE_ID, makeOutlet } from './fixtures';

/** An order as a test names it: its lines, and what differs from an app order of the shop. */
type OrderLines = Pick<PlaceVegOrderInput, 'lines'> & Partial<PlaceVegOrderInput>;
const PlaceOrder = graphql(`
  mutation EnterpriseVegShopPlaceOrder($input: PlaceVegOrderInput!) {
    placeVegOrder(input: $input) {
      id
      channel
      status
      priceDate
      total {
        fen
      }
      lines {
        lineNo
        quantity
        unitPrice {
          fen
        }
        amount {
          fen
        }
        product {
          name
        }
      }
      resident {
        id
      }
    }
  }
`);
const CreateProduct = graphql(`
  mutation EnterpriseVegShopCreateProduct($i: CreateVegProductInput!) {
    createVegProduct(input: $i) {
      id
      name
      unit
    }
  }
`);
const SetDailyPrice = graphql(`
  mutation EnterpriseVegShopSetDailyPrice($i: SetVegDailyPriceInput!) {
    setVegDailyPrice(input: $i) {
      date
      discountBp
      marketPrice {
        fen
      }
      salePrice {
        fen
        yuan
      }
    }
  }
`);
const PriceHistory = graphql(`
  query EnterpriseVegShopPriceHistory($id: ID!) {
    vegPriceHistory(productId: $id) {
      totalCount
      edges {
        node {
          date
          salePrice {
            fen
          }
        }
      }
    }
  }
`);
const Products = graphql(`
  query EnterpriseVegShopProducts($o: ID!) {
    vegProducts(outletId: $o) {
      name
      todayPrice {
        salePrice {
          fen
        }
      }
    }
  }
`);
const RecordPurchase = graphql(`
  mutation EnterpriseVegShopRecordPurchase($i: RecordVegPurchaseInput!) {
    recordVegPurchase(input: $i) {
      id
      quantity
      supplier
      unitCost {
        fen
      }
      total {
        fen
      }
      product {
        name
      }
    }
  }
`);
const CancelOrder = graphql(`
  mutation EnterpriseVegShopCancelOrder($id: ID!) {
    cancelVegOrder(orderId: $id) {
      id
    }
  }
`);
const CancelOrderShowing = graphql(`
  mutation EnterpriseVegShopCancelOrderShowing($id: ID!) {
    cancelVegOrder(orderId: $id) {
      status
      cancelledAt
    }
  }
`);
const MarkPickedUp = graphql(`
  mutation EnterpriseVegShopMarkPickedUp($id: ID!) {
    markVegOrderPickedUp(orderId: $id) {
      id
    }
  }
`);
const MarkPickedUpShowing = graphql(`
  mutation EnterpriseVegShopMarkPickedUpShowing($id: ID!) {
    markVegOrderPickedUp(orderId: $id) {
      status
      pickedUpAt
    }
  }
`);
const MyOrders = graphql(`
  query EnterpriseVegShopMyOrders {
    myVegOrders {
      totalCount
      edges {
        node {
          resident {
            id
          }
          status
        }
      }
    }
  }
`);
const MyOrderCount = graphql(`
  query EnterpriseVegShopMyOrderCount {
    myVegOrders {
      totalCount
    }
  }
`);
const OrderById = graphql(`
  query EnterpriseVegShopOrder($id: ID!) {
    vegOrder(id: $id) {
      id
    }
  }
`);
const Books = graphql(`
  query EnterpriseVegShopBooks($o: ID!) {
    vegOrders(outletId: $o) {
      totalCount
    }
    vegPurchases(outletId: $o) {
      totalCount
    }
  }
`);
const OrderCount = graphql(`
  query EnterpriseVegShopOrderCount($o: ID!) {
    vegOrders(outletId: $o) {
      totalCount
    }
  }
`);
const RequestProduct = graphql(`
  mutation EnterpriseVegShopRequestProduct($i: RequestVegProductInput!) {
    requestVegProduct(input: $i) {
      productName
      note
      requestedAt
    }
  }
`);
const RequestCount = graphql(`
  query EnterpriseVegShopRequestCount($o: ID!) {
    vegProductRequests(outletId: $o) {
      totalCount
    }
  }
`);
const SettleMonth = graphql(`
  mutation EnterpriseVegShopSettleMonth($i: SettleOutletPeriodInput!) {
    settleOutletPeriod(input: $i) {
      sales {
        fen
      }
      costOfGoods {
        fen
      }
      proceeds {
        fen
      }
      enterpriseShare {
        fen
      }
      committeeRebate {
        fen
      }
    }
  }
`);

describe('veg shop (便民蔬菜店): products, purchases, daily prices, requests and orders', () => {
  let stack: Stack;
  let staff: string;
  let shop: string;
  let cabbage: string;
  let radish: string;
  const alice = randomUUID();
  const bob = randomUUID();
  let aliceToken: string;
  let bobToken: string;

  const ds = () => stack.dataSources.enterprise;
  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    Number((await ds().query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const order = (token: string, input: OrderLines) =>
    stack.query(PlaceOrder, { input: { outletId: shop, channel: 'APP', idempotencyKey: randomUUID(), ...input } }, token);

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    staff = await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() });
    aliceToken = await tokenFor('resident', {}, { residentId: alice, sub: 'alice' });
    bobToken = await tokenFor('resident', {}, { residentId: bob, sub: 'bob' });
    shop = await makeOutlet(ds(), { kind: 'VEG_SHOP' });
  });
  afterAll(() => stack.stop());

  it('creates products (staff of the enterprise only)', async () => {
    const make = (name: string, token = staff) => stack.query(CreateProduct, { i: { outletId: shop, name, unit: '斤' } }, token);
    const c = await make('Cabbage 白菜');
    expect(c.errors).toBeUndefined();
    cabbage = c.data!.createVegProduct.id;
    radish = (await make('Radish 萝卜')).data!.createVegProduct.id;
    expect((await make('Cabbage 白菜')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      (await make('Leek', await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID('chengnan-se') }))).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await make('Leek', aliceToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await make('  ')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('veg_product', 'outlet_id = $1', [shop])).toBe(2);
  });

  it("sets today's price: market less 20–30%, half-up to the fen, once a day, with history", async () => {
    // Fen goes as a decimal string, its documented form (the scalar's own test covers safe integers).
    const set = (productId: string, marketPriceFen: string, discountBp: number, token = staff) =>
      stack.query(SetDailyPrice, { i: { productId, marketPriceFen, discountBp } }, token);
    for (const [market, bp] of [
      ['1000', 1999],
      ['1000', 3001],
      ['0', 2500],
      ['-5', 2500],
    ] as const) {
      expect((await set(cabbage, market, bp)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await count('veg_daily_price', 'outlet_id = $1', [shop])).toBe(0);
    // 2026-11-22T02:00Z is 22 November in Shanghai. 1305 × 0.77 = 1004.85 → 1005
    stack.clock.set('2026-11-21T17:00:00Z');
    const first = await set(cabbage, '1305', 2300);
    expect(first.errors).toBeUndefined();
    expect(first.data!.setVegDailyPrice).toEqual({
      date: '2026-11-22',
      discountBp: 2300,
      marketPrice: { fen: '1305' },
      salePrice: { fen: '1005', yuan: '10.05' },
    });
    expect((await set(cabbage, '1400', 2000)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    stack.clock.set('2026-11-22T16:00:00Z'); // midnight: 23 November locally
    const next = await set(cabbage, '1000', 3000);
    expect(next.data!.setVegDailyPrice).toMatchObject({ date: '2026-11-23', salePrice: { fen: '700' } });
    const history = await stack.query(PriceHistory, { id: cabbage }, aliceToken);
    expect(history.data!.vegPriceHistory.edges.map((e) => [e.node.date, e.node.salePrice.fen])).toEqual([
      ['2026-11-22', '1005'],
      ['2026-11-23', '700'],
    ]);
    const products = await stack.query(Products, { o: shop }, aliceToken);
    expect(products.data!.vegProducts).toEqual([
      { name: 'Cabbage 白菜', todayPrice: { salePrice: { fen: '700' } } },
      { name: 'Radish 萝卜', todayPrice: null },
    ]);
  });

  it('records purchases from the distribution centre as cost of goods, idempotently', async () => {
    const buy = (input: Partial<RecordVegPurchaseInput>) =>
      stack.query(RecordPurchase, { i: { productId: cabbage, quantity: 100, unitCostFen: '600', idempotencyKey: 'p1', ...input } }, staff);
    const bads: Partial<RecordVegPurchaseInput>[] = [
      { quantity: 0 },
      { quantity: -3 },
      { unitCostFen: '0' },
      { unitCostFen: '-1' },
      { idempotencyKey: '' },
    ];
    for (const bad of bads) {
      expect((await buy(bad)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const first = await buy({});
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordVegPurchase).toMatchObject({
      quantity: 100,
      supplier: '区配送中心',
      total: { fen: '60000' },
      product: { name: 'Cabbage 白菜' },
    });
    const again = await buy({});
    expect(again.data!.recordVegPurchase.id).toBe(first.data!.recordVegPurchase.id);
    expect((await buy({ quantity: 101 })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count('veg_purchase', 'outlet_id = $1', [shop])).toBe(1);
    expect(await ds().query(`SELECT kind, amount_fen, source FROM outlet_entry WHERE outlet_id = $1`, [shop])).toEqual([
      { kind: 'COST_OF_GOODS', amount_fen: '60000', source: 'veg_purchase' },
    ]);
  });

  it("prices order lines at the day's price and books the sale; replays by key", async () => {
    const key = randomUUID();
    const placed = await order(aliceToken, { lines: [{ productId: cabbage, quantity: 3 }], idempotencyKey: key });
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.placeVegOrder).toMatchObject({
      channel: 'APP',
      status: 'PLACED',
      priceDate: '2026-11-23',
      total: { fen: '2100' },
      lines: [{ lineNo: 1, quantity: 3, unitPrice: { fen: '700' }, amount: { fen: '2100' }, product: { name: 'Cabbage 白菜' } }],
      resident: { id: alice },
    });
    const replay = await order(aliceToken, { lines: [{ productId: cabbage, quantity: 3 }], idempotencyKey: key });
    expect(replay.data!.placeVegOrder.id).toBe(placed.data!.placeVegOrder.id);
    expect(
      (await order(aliceToken, { lines: [{ productId: cabbage, quantity: 4 }], idempotencyKey: key })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect(await count('outlet_entry', `kind = 'SALE' AND outlet_id = $1`, [shop])).toBe(1);
  });

  it('refuses bad orders with clear codes and writes nothing', async () => {
    const before = [await count('veg_order'), await count('veg_order_line'), await count('outlet_entry')];
    const cases: [string, OrderLines, string][] = [
      [aliceToken, { lines: [{ productId: cabbage, quantity: 0 }] }, 'BAD_USER_INPUT'],
      [aliceToken, { lines: [{ productId: cabbage, quantity: -1 }] }, 'BAD_USER_INPUT'],
      [aliceToken, { lines: [] }, 'BAD_USER_INPUT'],
      [
        aliceToken,
        {
          lines: [
            { productId: cabbage, quantity: 1 },
            { productId: cabbage, quantity: 1 },
          ],
        },
        'BAD_USER_INPUT',
      ],
      [aliceToken, { lines: [{ productId: randomUUID(), quantity: 1 }] }, 'BAD_USER_INPUT'],
      [aliceToken, { channel: 'COUNTER', lines: [{ productId: cabbage, quantity: 1 }] }, 'BAD_USER_INPUT'],
      [aliceToken, { residentId: bob, lines: [{ productId: cabbage, quantity: 1 }] }, 'FORBIDDEN'],
      // Radish has no price today: the cabbage line must not be written either.
      [
        aliceToken,
        {
          lines: [
            { productId: cabbage, quantity: 1 },
            { productId: radish, quantity: 1 },
          ],
        },
        'CONFLICT',
      ],
      [await tokenFor('analyst'), { lines: [{ productId: cabbage, quantity: 1 }] }, 'FORBIDDEN'],
    ];
    for (const [token, input, code] of cases) {
      const r = await order(token, input);
      expect({ input, code: r.errors?.[0]?.extensions?.code }).toEqual({ input, code });
    }
    expect([await count('veg_order'), await count('veg_order_line'), await count('outlet_entry')]).toEqual(before);
  });

  it('lets a buyer cancel before pickup, refunding by a reversal entry, exactly once under 20 simultaneous cancels', async () => {
    const placed = await order(aliceToken, { lines: [{ productId: cabbage, quantity: 2 }] });
    const id = placed.data!.placeVegOrder.id;
    expect((await stack.query(CancelOrder, { id }, bobToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const results = await Promise.all(Array.from({ length: 20 }, () => stack.query(CancelOrderShowing, { id }, aliceToken)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const entries = await ds().query(
      `SELECT kind, amount_fen, source, reverses_id IS NOT NULL AS reversal FROM outlet_entry WHERE source_id = $1 ORDER BY amount_fen DESC`,
      [id],
    );
    expect(entries).toEqual([
      { kind: 'SALE', amount_fen: '1400', source: 'veg_order', reversal: false },
      { kind: 'SALE', amount_fen: '-1400', source: 'veg_order_refund', reversal: true },
    ]);
    const [stored] = await ds().query('SELECT status, total_fen FROM veg_order WHERE id = $1', [id]);
    expect(stored).toEqual({ status: 'CANCELLED', total_fen: '1400' });
  });

  it('takes counter orders; a picked-up order can no longer be cancelled', async () => {
    const counter = await order(staff, { channel: 'COUNTER', lines: [{ productId: cabbage, quantity: 1 }] });
    expect(counter.data!.placeVegOrder).toMatchObject({ channel: 'COUNTER', resident: null, total: { fen: '700' } });
    const id = counter.data!.placeVegOrder.id;
    expect((await stack.query(MarkPickedUp, { id }, aliceToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const picked = await stack.query(MarkPickedUpShowing, { id }, staff);
    expect(picked.data!.markVegOrderPickedUp).toEqual({ status: 'PICKED_UP', pickedUpAt: stack.clock.now().toISOString() });
    expect((await stack.query(CancelOrder, { id }, staff)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('shows residents their own orders only; staff and analysts read the shop’s books', async () => {
    const mine = await stack.query(MyOrders, {}, aliceToken);
    expect(mine.data!.myVegOrders.totalCount).toBe(2);
    expect(mine.data!.myVegOrders.edges.every((e) => e.node.resident?.id === alice)).toBe(true);
    expect((await stack.query(MyOrderCount, {}, bobToken)).data!.myVegOrders.totalCount).toBe(0);
    const [{ id }] = await ds().query(`SELECT id FROM veg_order WHERE resident_id = $1 ORDER BY created_at LIMIT 1`, [alice]);
    expect((await stack.query(OrderById, { id }, bobToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(OrderById, { id }, aliceToken)).data!.vegOrder.id).toBe(id);
    const books = await stack.query(Books, { o: shop }, await tokenFor('analyst'));
    expect(books.data).toEqual({ vegOrders: { totalCount: 3 }, vegPurchases: { totalCount: 1 } });
    expect(
      (await stack.query(OrderCount, { o: shop }, await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID('chengnan-se') })))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('records residents’ product requests', async () => {
    const r = await stack.query(
      RequestProduct,
      { i: { outletId: shop, productName: 'Lotus root 莲藕', note: 'fresh please' } },
      aliceToken,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.requestVegProduct.productName).toBe('Lotus root 莲藕');
    const [row] = await ds().query('SELECT resident_id, created_by FROM veg_product_request WHERE outlet_id = $1', [shop]);
    expect(row).toEqual({ resident_id: alice, created_by: 'alice' });
    const list = await stack.query(RequestCount, { o: shop }, staff);
    expect(list.data!.vegProductRequests.totalCount).toBe(1);
    expect((await stack.query(RequestCount, { o: shop }, aliceToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("settles the shop's month from its own books: orders less refunds, less purchases", async () => {
    const agreement = await stack.query(
      CreateAgreement,
      {
        input: {
          outletId: shop,
          propertyCompanyId: demoCompanyId('kuiguangta-property'),
          ownersCommitteeId: demoCommitteeId('kuiguangta'),
          enterpriseBp: 8000,
          propertyBp: 2000,
          rebateBpOfProperty: 10000,
          effectiveFrom: '2026-11',
        },
      },
      staff,
    );
    expect(agreement.errors).toBeUndefined();
    await order(staff, { channel: 'COUNTER', lines: [{ productId: cabbage, quantity: 100 }] }); // 70,000
    stack.clock.set('2026-11-30T16:00:00Z'); // 1 December locally
    const s = await stack.query(SettleMonth, { i: { outletId: shop, period: '2026-11', idempotencyKey: 'nov' } }, staff);
    expect(s.errors).toBeUndefined();
    // sales 2,100 + 1,400 − 1,400 + 700 + 70,000 = 72,800; cost 60,000; proceeds 12,800 → 10,240 / 0 / 2,560
    expect(s.data!.settleOutletPeriod).toEqual({
      sales: { fen: '72800' },
      costOfGoods: { fen: '60000' },
      proceeds: { fen: '12800' },
      enterpriseShare: { fen: '10240' },
      committeeRebate: { fen: '2560' },
    });
  });
});
