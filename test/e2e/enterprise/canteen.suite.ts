import { randomUUID } from 'node:crypto';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { IssueMealCardInput, RecordMealInput } from '../../typed/graphql';
import { ENTERPRISE_ID, makeOutlet } from './fixtures';

const IssueCard = graphql(`
  mutation EnterpriseCanteenIssueCard($i: IssueMealCardInput!) {
    issueMealCard(input: $i) {
      id
      cardNo
      birthDate
      holderName
      birthDateVerifiedAt
    }
  }
`);
const RecordMeal = graphql(`
  mutation EnterpriseCanteenRecordMeal($i: RecordMealInput!) {
    recordMeal(input: $i) {
      id
      mealDate
      ageYears
      tierMinAge
      paidBy
      price {
        fen
        yuan
      }
    }
  }
`);
const PriceTiers = graphql(`
  query EnterpriseCanteenPriceTiers($o: ID!) {
    mealPriceTiers(outletId: $o) {
      minAge
      price {
        fen
      }
    }
  }
`);
const VerifyBirthDate = graphql(`
  mutation EnterpriseCanteenVerifyBirthDate($c: ID!, $b: String!) {
    verifyMealCardBirthDate(cardId: $c, birthDate: $b) {
      id
    }
  }
`);
const VerifiedBirthDate = graphql(`
  mutation EnterpriseCanteenVerifiedBirthDate($c: ID!, $b: String!) {
    verifyMealCardBirthDate(cardId: $c, birthDate: $b) {
      birthDate
      birthDateVerifiedAt
    }
  }
`);
const CardsAndMeals = graphql(`
  query EnterpriseCanteenCardsAndMeals($o: ID!) {
    mealCards(outletId: $o, first: 100) {
      edges {
        node {
          holderName
          birthDate
          birthDateVerifiedAt
        }
      }
    }
    meals(outletId: $o, first: 5) {
      edges {
        node {
          ageYears
          tierMinAge
        }
      }
    }
  }
`);
const MyCards = graphql(`
  query EnterpriseCanteenMyCards {
    myMealCards {
      holderName
      birthDate
    }
  }
`);
const CardHolders = graphql(`
  query EnterpriseCanteenCardHolders($o: ID!) {
    mealCards(outletId: $o, first: 100) {
      edges {
        node {
          holderName
        }
      }
    }
  }
`);
const CardCount = graphql(`
  query EnterpriseCanteenCardCount($o: ID!) {
    mealCards(outletId: $o) {
      totalCount
    }
  }
`);
const EraseHolder = graphql(`
  mutation EnterpriseCanteenEraseHolder($c: ID!) {
    eraseMealCardHolder(cardId: $c) {
      id
      holderName
      birthDate
      erasedAt
    }
  }
`);
const MyMeals = graphql(`
  query EnterpriseCanteenMyMeals {
    myMeals {
      totalCount
      edges {
        node {
          price {
            fen
          }
          ageYears
          card {
            birthDate
          }
        }
      }
    }
  }
`);
const MyMealCount = graphql(`
  query EnterpriseCanteenMyMealCount {
    myMeals {
      totalCount
    }
  }
`);
const CardById = graphql(`
  query EnterpriseCanteenCard($id: ID!) {
    mealCard(id: $id) {
      id
    }
  }
`);
const RecordSupply = graphql(`
  mutation EnterpriseCanteenRecordSupply($i: RecordMerchantSupplyInput!) {
    recordMerchantSupply(input: $i) {
      value {
        fen
      }
      paid {
        fen
      }
      credited {
        fen
      }
    }
  }
`);
const RegisterFamily = graphql(`
  mutation EnterpriseCanteenRegisterFamily($i: RegisterDifficultyFamilyInput!) {
    registerDifficultyFamily(input: $i) {
      householdId
    }
  }
`);
const CharityFund = graphql(`
  query EnterpriseCanteenCharityFund($o: ID!) {
    charityFund(outletId: $o) {
      balance {
        fen
      }
    }
    charityFundEntries(outletId: $o, first: 100) {
      totalCount
      edges {
        node {
          kind
          amount {
            fen
          }
          balanceAfter {
            fen
          }
        }
      }
    }
  }
`);

describe('爱有味 canteen: meal cards, prices by age, merchant supply and the charity fund', () => {
  let stack: Stack;
  let staff: string;
  let canteen: string;
  const ds = () => stack.dataSources.enterprise;
  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    Number((await ds().query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const issue = async (birthDate: string | null, extra: Partial<IssueMealCardInput> = {}) => {
    const r = await stack.query(
      IssueCard,
      { i: { outletId: canteen, cardNo: randomUUID().slice(0, 8), birthDate, holderName: 'Zhang San', ...extra } },
      staff,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.issueMealCard.id;
  };
  const meal = (cardId: string, extra: Partial<RecordMealInput> = {}) =>
    stack.query(RecordMeal, { i: { cardId, idempotencyKey: randomUUID(), ...extra } }, staff);
  const priceOf = async (cardId: string) => {
    const r = await meal(cardId);
    expect(r.errors).toBeUndefined();
    return r.data!.recordMeal.price.fen;
  };

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    staff = await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID() });
    canteen = await makeOutlet(ds(), { kind: 'CANTEEN' });
  });
  afterAll(() => stack.stop());

  it('publishes the default tier table (data): <70 15, 70+ 12, 80+ 10, 90+ free', async () => {
    const r = await stack.query(PriceTiers, { o: canteen }, await tokenFor('resident'));
    expect(r.data!.mealPriceTiers).toEqual([
      { minAge: 0, price: { fen: '1500' } },
      { minAge: 70, price: { fen: '1200' } },
      { minAge: 80, price: { fen: '1000' } },
      { minAge: 90, price: { fen: '0' } },
    ]);
  });

  it('prices at every boundary on the meal date in Asia/Shanghai: 69/70, 79/80, 89/90', async () => {
    stack.clock.set('2026-11-22T02:00:00Z'); // 22 November locally
    const cases: [string, string, number, number][] = [
      ['1956-11-23', '1500', 69, 0],
      ['1956-11-22', '1200', 70, 70],
      ['1946-11-23', '1200', 79, 70],
      ['1946-11-22', '1000', 80, 80],
      ['1936-11-23', '1000', 89, 80],
      ['1936-11-22', '0', 90, 90],
      ['2001-06-01', '1500', 25, 0],
    ];
    for (const [birth, fen, age, tier] of cases) {
      const r = await meal(await issue(birth));
      expect(r.errors).toBeUndefined();
      expect({ birth, ...r.data!.recordMeal }).toMatchObject({
        birth,
        mealDate: '2026-11-22',
        price: { fen },
        ageYears: age,
        tierMinAge: tier,
        paidBy: 'DINER',
      });
    }
  });

  it('turns 70 at local midnight: the day before the birthday pays 15, the day itself 12', async () => {
    const card = await issue('1956-11-23');
    stack.clock.set('2026-11-22T15:59:59Z'); // 23:59:59 on 22 November in Shanghai
    expect(await priceOf(card)).toBe('1500');
    stack.clock.set('2026-11-22T16:00:00Z'); // 00:00 on 23 November in Shanghai
    expect(await priceOf(card)).toBe('1200');
  });

  it('gives someone born on 29 February the birthday on 1 March in a non-leap year', async () => {
    stack.clock.set('2026-02-27T02:00:00Z');
    const card = await issue('1956-02-29');
    stack.clock.set('2026-02-28T02:00:00Z');
    expect(await priceOf(card)).toBe('1500');
    stack.clock.set('2026-03-01T02:00:00Z');
    expect(await priceOf(card)).toBe('1200');
    stack.clock.set('2026-11-22T02:00:00Z');
  });

  it('refuses a meal on a card without a birth date and birth dates in the future or unreal, writing nothing', async () => {
    const unverified = await issue(null);
    const before = [await count('meal'), await count('outlet_entry')];
    const r = await meal(unverified);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect([await count('meal'), await count('outlet_entry')]).toEqual(before);
    for (const birthDate of ['2026-11-23', '2026-02-30', '1956-13-01', 'yesterday']) {
      const bad = await stack.query(IssueCard, { i: { outletId: canteen, cardNo: randomUUID().slice(0, 8), birthDate } }, staff);
      expect({ birthDate, code: bad.errors?.[0]?.extensions?.code }).toEqual({ birthDate, code: 'BAD_USER_INPUT' });
      const verify = await stack.query(VerifyBirthDate, { c: unverified, b: birthDate }, staff);
      expect(verify.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const verified = await stack.query(VerifiedBirthDate, { c: unverified, b: '1940-01-01' }, staff);
    expect(verified.data!.verifyMealCardBirthDate).toEqual({ birthDate: '1940-01-01', birthDateVerifiedAt: '2026-11-22T02:00:00.000Z' });
    expect((await stack.query(VerifyBirthDate, { c: unverified, b: '1941-01-01' }, staff)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await priceOf(unverified)).toBe('1000');
    const other = await meal(unverified, {});
    expect(other.errors).toBeUndefined();
    const outsider = await stack.query(
      RecordMeal,
      { i: { cardId: unverified, idempotencyKey: 'x' } },
      await tokenFor('enterprise_staff', { enterpriseId: ENTERPRISE_ID('chengnan-se') }),
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('replays a meal by idempotencyKey and refuses the key for another card', async () => {
    const a = await issue('1950-01-01');
    const b = await issue('1950-01-01');
    const first = await meal(a, { idempotencyKey: 'lunch-1' });
    const again = await meal(a, { idempotencyKey: 'lunch-1' });
    expect(again.data!.recordMeal.id).toBe(first.data!.recordMeal.id);
    expect((await meal(b, { idempotencyKey: 'lunch-1' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count('meal', 'idempotency_key = $1', ['lunch-1'])).toBe(1);
  });

  it('hides names and birth dates from analysts; the holder and the canteen see them', async () => {
    const resident = randomUUID();
    await issue('1944-04-04', { residentId: resident, holderName: 'Li Si' });
    const analyst = await stack.query(CardsAndMeals, { o: canteen }, await tokenFor('analyst'));
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.mealCards.edges.every((e) => e.node.holderName === null && e.node.birthDate === null)).toBe(true);
    expect(analyst.data!.meals.edges.every((e) => e.node.ageYears === null && typeof e.node.tierMinAge === 'number')).toBe(true);
    const own = await stack.query(MyCards, {}, await tokenFor('resident', {}, { residentId: resident }));
    expect(own.data!.myMealCards).toEqual([{ holderName: 'Li Si', birthDate: '1944-04-04' }]);
    const byStaff = await stack.query(CardHolders, { o: canteen }, staff);
    expect(byStaff.data!.mealCards.edges.some((e) => e.node.holderName === 'Li Si')).toBe(true);
    expect(
      (await stack.query(CardCount, { o: canteen }, await tokenFor('resident', {}, { residentId: resident }))).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('erases a card holder on request: the person goes, the card and its meals stay', async () => {
    const resident = randomUUID();
    const card = await issue('1950-06-06', { residentId: resident });
    const served = await meal(card);
    expect(served.errors).toBeUndefined();
    // Not another resident, not an analyst.
    expect(
      (await stack.query(EraseHolder, { c: card }, await tokenFor('resident', {}, { residentId: randomUUID() }))).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await stack.query(EraseHolder, { c: card }, await tokenFor('analyst'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [before] = await ds().query('SELECT holder_name, erased_at FROM meal_card WHERE id = $1', [card]);
    expect(before).toEqual({ holder_name: 'Zhang San', erased_at: null });

    const erased = await stack.query(EraseHolder, { c: card }, await tokenFor('resident', {}, { residentId: resident }));
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseMealCardHolder).toEqual({ id: card, holderName: null, birthDate: null, erasedAt: '2026-11-22T02:00:00.000Z' });
    const [row] = await ds().query(
      'SELECT holder_name, birth_date, resident_id, household_id, birth_date_verified_at, erased_by FROM meal_card WHERE id = $1',
      [card],
    );
    expect(row).toEqual({
      holder_name: null,
      birth_date: null,
      resident_id: null,
      household_id: null,
      birth_date_verified_at: null,
      erased_by: `test-resident`,
    });
    // The meal (and the money it booked) stays.
    expect(await count('meal', 'card_id = $1', [card])).toBe(1);
    // Asking again changes nothing; the card serves no more meals, writing nothing.
    expect((await stack.query(EraseHolder, { c: card }, staff)).data!.eraseMealCardHolder.erasedAt).toBe('2026-11-22T02:00:00.000Z');
    expect((await meal(card)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count('meal', 'card_id = $1', [card])).toBe(1);
  });

  it('shows residents their own meals only', async () => {
    const resident = randomUUID();
    const card = await issue('1950-06-06', { residentId: resident });
    expect(await priceOf(card)).toBe('1200');
    const own = await stack.query(MyMeals, {}, await tokenFor('resident', {}, { residentId: resident }));
    expect(own.data!.myMeals).toEqual({
      totalCount: 1,
      edges: [{ node: { price: { fen: '1200' }, ageYears: 76, card: { birthDate: '1950-06-06' } } }],
    });
    const other = await stack.query(MyMealCount, {}, await tokenFor('resident', {}, { residentId: randomUUID() }));
    expect(other.data!.myMeals.totalCount).toBe(0);
    expect(
      (await stack.query(CardById, { id: card }, await tokenFor('resident', {}, { residentId: randomUUID() }))).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('credits half of a merchant supply to the charity fund and pays meals of registered families from it, never below zero', async () => {
    const supply = await stack.query(
      RecordSupply,
      {
        i: {
          outletId: canteen,
          merchantName: 'Wang Family Noodles',
          description: 'noodles for 50',
          valueFen: '10001',
          idempotencyKey: 's1',
        },
      },
      staff,
    );
    expect(supply.data!.recordMerchantSupply).toEqual({ value: { fen: '10001' }, paid: { fen: '5001' }, credited: { fen: '5000' } });
    expect(
      (
        await stack.query(
          RecordSupply,
          { i: { outletId: canteen, merchantName: 'x', description: 'y', valueFen: '0', idempotencyKey: 's0' } },
          staff,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');

    const household = randomUUID();
    const reg = await stack.query(RegisterFamily, { i: { outletId: canteen, householdId: household } }, staff);
    expect(reg.errors).toBeUndefined();
    const helped = await issue('1960-01-01', { householdId: household }); // 66 → 15 yuan
    const notRegistered = await issue('1960-01-01', { householdId: randomUUID() });
    expect((await meal(notRegistered, { payFromCharityFund: true })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const one = await meal(helped, { payFromCharityFund: true });
    expect(one.data!.recordMeal).toMatchObject({ paidBy: 'CHARITY_FUND', price: { fen: '1500' } });
    // 3,500 left: 20 simultaneous meals → exactly 2 more paid, the rest refused.
    const burst = await Promise.all(Array.from({ length: 20 }, () => meal(helped, { payFromCharityFund: true })));
    expect(burst.filter((r) => !r.errors)).toHaveLength(2);
    expect(burst.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(18);
    const fund = await stack.query(CharityFund, { o: canteen }, await tokenFor('analyst'));
    expect(fund.data!.charityFund.balance.fen).toBe('500');
    expect(fund.data!.charityFundEntries.totalCount).toBe(4);
    // Same server instant for all: compare as a multiset.
    expect(fund.data!.charityFundEntries.edges.map((e) => e.node.amount.fen).sort()).toEqual(['-1500', '-1500', '-1500', '5000']);
    expect(fund.data!.charityFundEntries.edges.map((e) => e.node.balanceAfter.fen).sort()).toEqual(['2000', '3500', '500', '5000']);
    const [{ sum }] = await ds().query(`SELECT SUM(amount_fen)::text AS sum FROM charity_fund_entry WHERE outlet_id = $1`, [canteen]);
    expect(sum).toBe('500');
    expect(await count('meal', `paid_by = 'CHARITY_FUND' AND outlet_id = $1`, [canteen])).toBe(3);
  });
});
