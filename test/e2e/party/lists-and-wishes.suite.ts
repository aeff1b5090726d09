import type { TypedDocument } from '../../support/post-graphql';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { codeOf, countRows, createResident, Fixture, ok, orgFixture } from './party-helpers';

const AddNeed = graphql(`
  mutation ListsAndWishesAddNeed($i: AddNeedInput!) {
    addNeed(input: $i) {
      id
      source
    }
  }
`);

const AddResource = graphql(`
  mutation ListsAndWishesAddResource($i: AddResourceInput!) {
    addResource(input: $i) {
      id
      kind
    }
  }
`);

const CreateProject = graphql(`
  mutation ListsAndWishesCreateProject($i: CreateProjectInput!) {
    createProject(input: $i) {
      id
      title
      needs {
        title
      }
      resources {
        name
      }
    }
  }
`);

const Lists = graphql(`
  query ListsAndWishesLists($c: ID!) {
    compound(id: $c) {
      needs {
        totalCount
      }
      resources {
        totalCount
      }
      projects {
        totalCount
        edges {
          node {
            title
            needs {
              title
            }
          }
        }
      }
    }
  }
`);

const PostMicroWish = graphql(`
  mutation ListsAndWishesPostMicroWish($i: PostMicroWishInput!) {
    postMicroWish(input: $i) {
      id
      status
      resident {
        name
      }
    }
  }
`);

const ClaimWish = graphql(`
  mutation ListsAndWishesClaimWish($id: ID!) {
    claimMicroWish(id: $id) {
      status
      claimedByMe
      fulfilledAt
    }
  }
`);

const FulfilWish = graphql(`
  mutation ListsAndWishesFulfilWish($id: ID!) {
    fulfilMicroWish(id: $id) {
      status
      claimedByMe
      fulfilledAt
    }
  }
`);

const ReleaseWish = graphql(`
  mutation ListsAndWishesReleaseWish($id: ID!) {
    releaseMicroWish(id: $id) {
      status
      claimedByMe
      fulfilledAt
    }
  }
`);

const FulfilledWishes = graphql(`
  query ListsAndWishesFulfilledWishes($c: ID!) {
    compound(id: $c) {
      microWishes(status: FULFILLED) {
        totalCount
        edges {
          node {
            title
            resident {
              name
            }
          }
        }
      }
    }
  }
`);

describe('party: needs, resources, projects and micro-wishes', () => {
  let stack: Stack;
  let f: Fixture;
  let grid: string;
  let residentId: string;

  beforeAll(async () => {
    stack = await startStack();
    f = await orgFixture(stack);
    grid = await tokenFor('grid_worker', { compoundId: f.compoundA });
    residentId = await createResident(stack, f.compoundA, f.householdA, { name: '独居的郑奶奶', elderlyLivingAlone: true });
  });
  afterAll(() => stack.stop());

  it('keeps the three lists and matches needs to resources of the same compound', async () => {
    const need = ok(await stack.query(AddNeed, { i: { compoundId: f.compoundA, title: '老人助餐', source: 'VISIT' } }, grid)).addNeed;
    const res = ok(
      await stack.query(
        AddResource,
        { i: { compoundId: f.compoundA, kind: 'MERCHANT', name: '爱有味食堂', contact: '022-58561234' } },
        grid,
      ),
    ).addResource;
    const needB = ok(
      await stack.query(
        AddNeed,
        { i: { compoundId: f.compoundB, title: 'x', source: 'SURVEY' } },
        await tokenFor('grid_worker', { compoundId: f.compoundB }),
      ),
    ).addNeed;
    expect(codeOf(await stack.query(AddNeed, { i: { compoundId: f.compoundA, title: '', source: 'VISIT' } }, grid))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await stack.query(
          AddResource,
          { i: { compoundId: f.compoundA, kind: 'LAWYER', name: 'x' } },
          await tokenFor('resident', { compoundId: f.compoundA }),
        ),
      ),
    ).toBe('FORBIDDEN');

    const create = (needIds: string[], resourceIds: string[]) =>
      stack.query(CreateProject, { i: { compoundId: f.compoundA, title: '长者食堂', needIds, resourceIds } }, grid);
    const before = await countRows(stack, 'project');
    const cross = await create([need.id, needB.id], [res.id]);
    expect([codeOf(cross), cross.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'needIds']);
    expect(codeOf(await create([need.id], []))).toBe('BAD_USER_INPUT');
    expect(await countRows(stack, 'project')).toBe(before);
    expect(await countRows(stack, 'project_need')).toBe(0);
    const project = ok(await create([need.id], [res.id])).createProject;
    expect(project).toMatchObject({ needs: [{ title: '老人助餐' }], resources: [{ name: '爱有味食堂' }] });
    const lists = ok(await stack.query(Lists, { c: f.compoundA }, await tokenFor('analyst')));
    expect(lists.compound).toEqual({
      needs: { totalCount: 1 },
      resources: { totalCount: 1 },
      projects: { totalCount: 1, edges: [{ node: { title: '长者食堂', needs: [{ title: '老人助餐' }] } }] },
    });
  });

  it('lets a wish be claimed once, fulfilled only by its claimer, or released', async () => {
    const me = await tokenFor('resident', { compoundId: f.compoundA }, { residentId });
    const wish = ok(await stack.query(PostMicroWish, { i: { compoundId: f.compoundA, title: '想要一台收音机' } }, me)).postMicroWish;
    expect(wish).toMatchObject({ status: 'OPEN', resident: { name: '独居的郑奶奶' } });
    expect(codeOf(await stack.query(PostMicroWish, { i: { compoundId: f.compoundB, title: 'x' } }, me))).toBe('FORBIDDEN');
    const wrong = await stack.query(
      PostMicroWish,
      { i: { compoundId: f.compoundB, title: 'x', residentId } },
      await tokenFor('grid_worker', { compoundId: f.compoundB }),
    );
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');

    const volunteer = await tokenFor('volunteer', { compoundId: f.compoundA }, { sub: 'vol-1' });
    const other = await tokenFor('volunteer', { compoundId: f.compoundA }, { sub: 'vol-2' });
    const outsider = await tokenFor('volunteer', { compoundId: f.compoundB }, { sub: 'vol-3' });
    const notReportedIn = await tokenFor('party_member', {}, { sub: 'pm-x' });
    const run = <R>(op: TypedDocument<R, { id: string }>, token: string) => stack.query(op, { id: wish.id }, token);
    expect(codeOf(await run(ClaimWish, outsider))).toBe('FORBIDDEN');
    expect(codeOf(await run(ClaimWish, notReportedIn))).toBe('FORBIDDEN');
    expect(codeOf(await run(FulfilWish, volunteer))).toBe('CONFLICT');
    expect(ok(await run(ClaimWish, volunteer)).claimMicroWish).toMatchObject({ status: 'CLAIMED', claimedByMe: true });
    expect(codeOf(await run(ClaimWish, other))).toBe('CONFLICT');
    expect(codeOf(await run(FulfilWish, other))).toBe('FORBIDDEN');
    expect(codeOf(await run(ReleaseWish, other))).toBe('FORBIDDEN');
    expect(ok(await run(ReleaseWish, volunteer)).releaseMicroWish.status).toBe('OPEN');
    ok(await run(ClaimWish, other));
    stack.clock.set('2026-11-22T05:00:00Z');
    expect(ok(await run(FulfilWish, other)).fulfilMicroWish).toEqual({
      status: 'FULFILLED',
      claimedByMe: true,
      fulfilledAt: '2026-11-22T05:00:00.000Z',
    });
    expect(codeOf(await run(ReleaseWish, other))).toBe('CONFLICT');
    expect(codeOf(await run(ClaimWish, volunteer))).toBe('CONFLICT');
    const [row] = await stack.dataSources.party.query(`SELECT status, claimed_by, updated_by FROM micro_wish WHERE id = $1`, [wish.id]);
    expect(row).toEqual({ status: 'FULFILLED', claimed_by: 'vol-2', updated_by: 'vol-2' });
    const list = ok(await stack.query(FulfilledWishes, { c: f.compoundA }, await tokenFor('analyst')));
    expect(list.compound.microWishes).toEqual({ totalCount: 1, edges: [{ node: { title: '想要一台收音机', resident: { name: null } } }] });
  });

  it('gives a wish to exactly one of 20 volunteers claiming at once', async () => {
    const wish = ok(
      await stack.query(PostMicroWish, { i: { compoundId: f.compoundA, title: '陪同就医', residentId } }, grid),
    ).postMicroWish;
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, n) => tokenFor('volunteer', { compoundId: f.compoundA }, { sub: `racer-${n}` })),
    );
    const results = await Promise.all(tokens.map((t) => stack.query(ClaimWish, { id: wish.id }, t)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(19);
  });
});
