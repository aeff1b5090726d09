import { demoCommitteeId, demoCompound } from '../../../shared/demo/manifest';
import { demoVoteId } from '../../../subgraphs/committee/demo/seed-demo';
import { committeeSubgraph } from '../../../subgraphs/committee/subgraph';
import { sharedDemoStack } from '../../support/shared-stack';
import type { Stack } from '../../support/stack';
import type { TypedDocument } from '../../support/post-graphql';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { ok } from './fixtures';

const KuiguangtaStory = graphql(`
  query CommitteeDemoKuiguangtaStory($c: ID!, $committee: ID!) {
    compound: ownersCommittee(id: $committee) {
      name
      currentTerm {
        startsOn
        seats {
          role
          owner {
            name
          }
        }
        electedBy {
          matter
          result {
            passed
          }
        }
      }
      fund {
        balance {
          yuan
        }
        entries {
          totalCount
          edges {
            node {
              source
              direction
              status
              amount {
                yuan
              }
            }
          }
        }
      }
    }
    ownerRoll(compoundId: $c) {
      heads
      areaCentiM2
    }
    governanceDocuments(compoundId: $c) {
      kind
      current {
        version
        title
        adoptedBy {
          matter
          result {
            passed
          }
        }
      }
    }
    consultations(compoundId: $c) {
      edges {
        node {
          stage
          decisionVote {
            title
          }
          steps {
            stage
          }
        }
      }
    }
  }
`);

const Vote = graphql(`
  query CommitteeDemoVote($id: ID!) {
    vote(id: $id) {
      matter
      approvalRule
      status
      result {
        valid
        passed
        explanation
      }
    }
  }
`);

const Roll = graphql(`
  query CommitteeDemoRoll($c: ID!, $n: Int!) {
    ownerRoll(compoundId: $c) {
      owners(first: $n) {
        edges {
          node {
            name
            residentId
            areaCentiM2
            units {
              area
              household {
                ownedUnit {
                  id
                  owner {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const Ledger = graphql(`
  query CommitteeDemoLedger($c: ID!, $n: Int!) {
    publicFund(compoundId: $c) {
      entries(first: $n) {
        edges {
          node {
            amount {
              fen
            }
            reverses {
              id
            }
            reversedBy {
              id
            }
            committee {
              name
            }
            settlement {
              id
            }
          }
        }
      }
    }
  }
`);

const Votes = graphql(`
  query CommitteeDemoVotes($c: ID!, $n: Int!) {
    compound(id: $c) {
      jointVotes(first: $n) {
        totalCount
        edges {
          node {
            roll {
              heads
            }
            result {
              passed
              checks {
                met
              }
            }
            myBallot {
              choice
            }
          }
        }
      }
    }
  }
`);

const Consultations = graphql(`
  query CommitteeDemoConsultations($c: ID!, $n: Int!) {
    consultations(compoundId: $c, first: $n) {
      edges {
        node {
          topics {
            text
          }
          steps {
            stage
            vote {
              title
              result {
                passed
              }
              myBallot {
                choice
              }
            }
          }
          decisionVote {
            id
          }
        }
      }
    }
  }
`);

const TABLES = [
  'owners_committee',
  'owner',
  'owned_unit',
  'joint_vote',
  'vote_roll_entry',
  'ballot',
  'committee_term',
  'committee_seat',
  'fund_account',
  'fund_entry',
  'consultation',
  'consultation_step',
  'governance_document',
  'governance_document_version',
];

describe('committee demo data', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await sharedDemoStack();
  });

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (t) => [t, (await stack.dataSources.committee.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n]),
      ),
    );

  it('is idempotent: a second run adds nothing', async () => {
    const before = await counts();
    expect(before.owned_unit).toBe(240 + 280 + 858 + 320);
    await committeeSubgraph.seedDemo(stack.dataSources.committee, stack.clock);
    expect(await counts()).toEqual(before);
    const balance = await stack.dataSources.committee.query('SELECT balance_fen::int AS b FROM fund_account WHERE compound_id = $1', [
      demoCompound('kuiguangta').id,
    ]);
    expect(balance[0].b).toBe(230000);
  });

  it('tells Kuiguangta’s story: the veg shop passed under item 8, the maintenance fund failed, a convention, a funded and spent fund', async () => {
    const kuiguangta = demoCompound('kuiguangta');
    const analyst = await tokenFor('analyst');
    const data = await ok(stack, KuiguangtaStory, { c: kuiguangta.id, committee: demoCommitteeId('kuiguangta') }, analyst);
    // 280 units: 266 sold (every 20th to the owner of the one before: 13 owners with two) + the developer's 14 unsold, counted once.
    expect(data.ownerRoll.heads).toBe(266 - 13 + 1);
    expect(data.compound.currentTerm).toMatchObject({
      startsOn: '2024-07-01',
      electedBy: { matter: 'ELECT_COMMITTEE', result: { passed: true } },
    });
    expect(data.compound.currentTerm!.seats.map((s) => s.role)).toEqual(['CHAIR', 'VICE_CHAIR', 'MEMBER', 'MEMBER', 'MEMBER']);
    expect(data.compound.currentTerm!.seats[0].owner.name).toBeNull(); // analysts see no names
    expect(data.compound.fund?.balance.yuan).toBe('2300.00');
    expect(data.compound.fund?.entries.edges.map((e) => [e.node.source, e.node.direction, e.node.amount?.yuan])).toEqual([
      ['CROWDFUNDING', 'INCOME', '3000.00'],
      ['DONATION', 'INCOME', '500.00'],
      ['CROWDFUNDING', 'INCOME', '15000.00'],
      ['ACTIVITY', 'SPENDING', '15000.00'],
      ['ACTIVITY', 'SPENDING', '1200.00'],
    ]);
    expect(data.governanceDocuments).toEqual([
      {
        kind: 'CONVENTION',
        current: {
          version: 1,
          title: 'Kuiguangta Residents’ Convention (奎光塔小区居民公约)',
          adoptedBy: { matter: 'MANAGEMENT_STATUTE', result: { passed: true } },
        },
      },
    ]);
    expect(data.consultations.edges[0].node).toMatchObject({
      stage: 'OUTCOME_DISCLOSED',
      decisionVote: { title: 'Open a 24-hour veg shop (便民蔬菜店) in the common room' },
    });

    const veg = (await ok(stack, Vote, { id: demoVoteId('kuiguangta', 'veg-shop-common-room') }, analyst)).vote;
    expect(veg).toMatchObject({
      matter: 'CHANGE_USE_OF_COMMON_PARTS',
      approvalRule: 'AT_LEAST_THREE_QUARTERS',
      status: 'CLOSED',
      result: { valid: true, passed: true },
    });
    const fund = (await ok(stack, Vote, { id: demoVoteId('kuiguangta', 'raise-maintenance-fund-2024') }, analyst)).vote;
    expect(fund.result).toMatchObject({ valid: false, passed: false });
    expect(fund.result!.explanation).toContain('Not valid');
    const liulang = (await ok(stack, Vote, { id: demoVoteId('liulang-dongyuan', 'dismiss-company-2024') }, analyst)).vote;
    expect(liulang.result).toMatchObject({ valid: true, passed: false });
  });

  it('reads lists with a statement count that does not grow with the rows (no N+1)', async () => {
    const committee = await tokenFor(
      'committee_member',
      { compoundId: demoCompound('kuiguangta').id },
      { residentId: '00000000-0000-4000-8000-000000000001' },
    );
    const statements = async <R, V>(document: TypedDocument<R, V>, variables: V) => {
      stack.counters.committee.count = 0;
      await ok(stack, document, variables, committee);
      return stack.counters.committee.count;
    };
    const c = demoCompound('kuiguangta').id;
    expect(await statements(Roll, { c, n: 100 })).toBe(await statements(Roll, { c, n: 5 }));
    expect(await statements(Ledger, { c, n: 3 })).toBe(await statements(Ledger, { c, n: 1 }));
    expect(await statements(Votes, { c, n: 4 })).toBe(await statements(Votes, { c, n: 1 }));
    const listed = await ok(stack, Votes, { c, n: 4 }, committee);
    expect(listed.compound.jointVotes?.edges).toHaveLength(4);
    expect(await statements(Consultations, { c, n: 1 })).toBeLessThan(10);
  });
});
