import { randomUUID } from 'node:crypto';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { AdoptDocumentVersionInput, JointMatter } from '../../typed/graphql';
import { CastBallot, CloseVote, OpenVote } from './documents';
import { buildRoll, codeOf, newCompound, ok } from './fixtures';

const StartConsultation = graphql(`
  mutation ConsultationStart($input: StartConsultationInput!) {
    startConsultation(input: $input) {
      id
      stage
    }
  }
`);

const AdvanceConsultation = graphql(`
  mutation ConsultationAdvance($input: AdvanceConsultationInput!) {
    advanceConsultation(input: $input) {
      id
      stage
      decisionVote {
        id
      }
    }
  }
`);

const ProposeTopic = graphql(`
  mutation ConsultationProposeTopic($input: ProposeTopicInput!) {
    proposeConsultationTopic(input: $input) {
      id
      text
    }
  }
`);

const AdoptDocumentVersion = graphql(`
  mutation ConsultationAdoptDocumentVersion($input: AdoptDocumentVersionInput!) {
    adoptGovernanceDocumentVersion(input: $input) {
      id
      version
      title
      effectiveOn
      adoptedBy {
        id
      }
    }
  }
`);

const GovernanceDocuments = graphql(`
  query ConsultationGovernanceDocuments($c: ID!) {
    governanceDocuments(compoundId: $c) {
      kind
      current {
        version
        title
      }
      history {
        version
        effectiveOn
      }
    }
  }
`);

const ConsultationRecord = graphql(`
  query ConsultationRecord($id: ID!) {
    consultation(id: $id) {
      stage
      topics {
        text
      }
      steps {
        stage
        note
        vote {
          id
          result {
            passed
          }
        }
      }
    }
  }
`);

describe('consultations (一征三议两公开) and the convention and charter', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  /** A compound with a roll of three and a closed vote that passed or failed. */
  async function closedVote(matter: JointMatter, pass: boolean) {
    const { compoundId, committee } = await newCompound(stack);
    const roll = await buildRoll(stack, compoundId, committee, [[10000], [10000], [10000]]);
    const { openVote } = await ok(stack, OpenVote, { input: { compoundId, matter, title: `Vote on ${matter}` } }, committee);
    for (const owner of roll)
      await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: pass ? 'FOR' : 'AGAINST' } }, owner.token);
    await ok(stack, CloseVote, { id: openVote.id }, committee);
    return { compoundId, committee, roll, voteId: openVote.id };
  }

  it('advances one stage at a time, links the owners’ vote, and refuses skipping or going back', async () => {
    const { compoundId, committee } = await newCompound(stack);
    const roll = await buildRoll(stack, compoundId, committee, [[10000], [10000], [10000]]);
    const { startConsultation: c } = await ok(
      stack,
      StartConsultation,
      { input: { compoundId, title: 'Open a veg shop in the common room?' } },
      committee,
    );
    expect(c.stage).toBe('COLLECTING_TOPICS');
    const resident = await tokenFor('resident', { compoundId }, { residentId: randomUUID() });
    await ok(stack, ProposeTopic, { input: { consultationId: c.id, text: 'Fresh vegetables close to home' } }, resident);
    expect(
      await codeOf(
        stack,
        ProposeTopic,
        { input: { consultationId: c.id, text: 'Elsewhere' } },
        await tokenFor('resident', { compoundId: randomUUID() }),
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf(stack, AdvanceConsultation, { input: { consultationId: c.id, stage: 'JOINT_DELIBERATION' } }, committee)).toBe(
      'CONFLICT',
    );
    await ok(
      stack,
      AdvanceConsultation,
      { input: { consultationId: c.id, stage: 'BRANCH_PROPOSAL', note: 'Branch proposes the shop' } },
      committee,
    );
    expect(await codeOf(stack, ProposeTopic, { input: { consultationId: c.id, text: 'Too late' } }, resident)).toBe('CONFLICT');
    expect(await codeOf(stack, AdvanceConsultation, { input: { consultationId: c.id, stage: 'COLLECTING_TOPICS' } }, committee)).toBe(
      'CONFLICT',
    );
    await ok(
      stack,
      AdvanceConsultation,
      { input: { consultationId: c.id, stage: 'JOINT_DELIBERATION', note: 'Joint meeting agrees' } },
      committee,
    );
    const { openVote } = await ok(
      stack,
      OpenVote,
      { input: { compoundId, matter: 'CHANGE_USE_OF_COMMON_PARTS', title: 'Veg shop in the common room' } },
      committee,
    );
    expect(
      await codeOf(
        stack,
        AdvanceConsultation,
        { input: { consultationId: c.id, stage: 'JOINT_DELIBERATION', voteId: openVote.id } },
        committee,
      ),
    ).toBe('BAD_USER_INPUT');
    const decided = await ok(
      stack,
      AdvanceConsultation,
      { input: { consultationId: c.id, stage: 'OWNERS_DECISION', voteId: openVote.id } },
      committee,
    );
    expect(decided.advanceConsultation).toMatchObject({ stage: 'OWNERS_DECISION', decisionVote: { id: openVote.id } });
    // The decision is disclosed only once the vote has closed.
    expect(await codeOf(stack, AdvanceConsultation, { input: { consultationId: c.id, stage: 'DECISION_DISCLOSED' } }, committee)).toBe(
      'CONFLICT',
    );
    for (const owner of roll) await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, owner.token);
    await ok(stack, CloseVote, { id: openVote.id }, committee);
    await ok(stack, AdvanceConsultation, { input: { consultationId: c.id, stage: 'DECISION_DISCLOSED' } }, committee);
    await ok(stack, AdvanceConsultation, { input: { consultationId: c.id, stage: 'OUTCOME_DISCLOSED', note: 'Shop opened' } }, committee);
    expect(await codeOf(stack, AdvanceConsultation, { input: { consultationId: c.id, stage: 'OUTCOME_DISCLOSED' } }, committee)).toBe(
      'CONFLICT',
    );
    const read = await ok(stack, ConsultationRecord, { id: c.id }, await tokenFor('analyst'));
    expect(read.consultation.stage).toBe('OUTCOME_DISCLOSED');
    expect(read.consultation.topics).toEqual([{ text: 'Fresh vegetables close to home' }]);
    expect(read.consultation.steps.map((s) => s.stage)).toEqual([
      'COLLECTING_TOPICS',
      'BRANCH_PROPOSAL',
      'JOINT_DELIBERATION',
      'OWNERS_DECISION',
      'DECISION_DISCLOSED',
      'OUTCOME_DISCLOSED',
    ]);
    expect(read.consultation.steps[3].vote).toEqual({ id: openVote.id, result: { passed: true } });
    const other = await newCompound(stack);
    expect(await codeOf(stack, AdvanceConsultation, { input: { consultationId: c.id, stage: 'OUTCOME_DISCLOSED' } }, other.committee)).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps each convention version with its adopting vote and effective date, current and history', async () => {
    const first = await closedVote('MANAGEMENT_STATUTE', true);
    const { compoundId, committee, roll } = first;
    const v1 = await ok(
      stack,
      AdoptDocumentVersion,
      {
        input: {
          compoundId,
          kind: 'CONVENTION',
          title: 'Residents’ Convention',
          body: 'Keep the corridors clear.',
          effectiveOn: '2026-01-01',
          voteId: first.voteId,
        },
      },
      committee,
    );
    expect(v1.adoptGovernanceDocumentVersion).toMatchObject({ version: 1, effectiveOn: '2026-01-01', adoptedBy: { id: first.voteId } });
    expect(
      await codeOf(
        stack,
        AdoptDocumentVersion,
        { input: { compoundId, kind: 'CONVENTION', title: 'Again', body: 'x', effectiveOn: '2026-02-01', voteId: first.voteId } },
        committee,
      ),
    ).toBe('CONFLICT');

    // A second passed vote on the same roll adopts version 2, in force from a later day.
    const { openVote } = await ok(
      stack,
      OpenVote,
      { input: { compoundId, matter: 'MANAGEMENT_STATUTE', title: 'Amend the convention' } },
      committee,
    );
    for (const owner of roll) await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, owner.token);
    await ok(stack, CloseVote, { id: openVote.id }, committee);
    await ok(
      stack,
      AdoptDocumentVersion,
      {
        input: {
          compoundId,
          kind: 'CONVENTION',
          title: 'Residents’ Convention (2027)',
          body: 'Keep corridors clear; sort rubbish.',
          effectiveOn: '2027-01-01',
          voteId: openVote.id,
        },
      },
      committee,
    );
    stack.clock.set('2026-12-31T15:59:59Z'); // 23:59:59 in Shanghai
    let docs = await ok(stack, GovernanceDocuments, { c: compoundId }, await tokenFor('resident', { compoundId }));
    expect(docs.governanceDocuments).toEqual([
      {
        kind: 'CONVENTION',
        current: { version: 1, title: 'Residents’ Convention' },
        history: [
          { version: 1, effectiveOn: '2026-01-01' },
          { version: 2, effectiveOn: '2027-01-01' },
        ],
      },
    ]);
    stack.clock.set('2026-12-31T16:00:00Z'); // midnight in Shanghai
    docs = await ok(stack, GovernanceDocuments, { c: compoundId }, await tokenFor('analyst'));
    expect(docs.governanceDocuments[0].current).toEqual({ version: 2, title: 'Residents’ Convention (2027)' });
  });

  it('refuses failed votes, the wrong matter and other compounds, writing nothing', async () => {
    const failed = await closedVote('MANAGEMENT_STATUTE', false);
    const input: AdoptDocumentVersionInput = {
      compoundId: failed.compoundId,
      kind: 'CHARTER',
      title: 'Charter',
      body: 'Text',
      effectiveOn: '2026-01-01',
      voteId: failed.voteId,
    };
    expect(await codeOf(stack, AdoptDocumentVersion, { input }, failed.committee)).toBe('CONFLICT');
    const rebuild = await closedVote('REBUILD', true);
    expect(
      await codeOf(
        stack,
        AdoptDocumentVersion,
        { input: { ...input, compoundId: rebuild.compoundId, voteId: rebuild.voteId } },
        rebuild.committee,
      ),
    ).toBe('BAD_USER_INPUT');
    const good = await closedVote('MEETING_RULES', true);
    expect(await codeOf(stack, AdoptDocumentVersion, { input: { ...input, voteId: good.voteId } }, failed.committee)).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      await codeOf(
        stack,
        AdoptDocumentVersion,
        { input: { ...input, compoundId: good.compoundId, voteId: good.voteId } },
        failed.committee,
      ),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(
        stack,
        AdoptDocumentVersion,
        { input: { ...input, compoundId: good.compoundId, voteId: good.voteId, effectiveOn: '2026-13-01' } },
        good.committee,
      ),
    ).toBe('BAD_USER_INPUT');
    const rows = await stack.dataSources.committee.query(
      'SELECT count(*)::int AS n FROM governance_document_version v JOIN governance_document d ON d.id = v.document_id WHERE d.compound_id = ANY($1::uuid[])',
      [[failed.compoundId, rebuild.compoundId, good.compoundId]],
    );
    expect(rows[0].n).toBe(0);
  });
});
