import { randomUUID } from 'node:crypto';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { byCreated, defineList } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText } from '../../../shared/validation';
import { assertCommitteeWriter } from '../access/access';
import { JointVote } from '../vote/joint-vote.entity';
import { VoteStatus } from '../vote/vote.enums';
import { ConsultationTopic } from './consultation-topic.entity';
import { Consultation } from './consultation.entity';
import { ConsultationStage, STAGE_ORDER } from './consultation.enums';
import type { AdvanceConsultationInput, ProposeTopicInput, StartConsultationInput } from './consultation.types';

/** A compound's consultations, oldest first; public to everyone signed in. */
export const consultationList = defineList<Consultation, { compoundId: string }>({
  entity: Consultation,
  alias: 'c',
  filters: { compoundId: (qb, compoundId) => qb.andWhere('c.compound_id = :compoundId', { compoundId }) },
  order: byCreated('c'),
});

export function consultationOf(ctx: RequestContext, id: string): Promise<Consultation> {
  return loadOrNotFound(ctx.dataSource.getRepository(Consultation).findOneBy({ id: assertUuid(id) }), 'Consultation', id);
}

export async function startConsultation(ctx: RequestContext, input: StartConsultationInput): Promise<Consultation> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const title = boundedText(input.title, 'title', 200);
  const description = input.description?.trim() || null;
  const viewer = assertCommitteeWriter(ctx, compoundId);
  const at = ctx.clock.now();
  const consultation = stampCreated(
    Object.assign(new Consultation(), {
      id: randomUUID(),
      compoundId,
      title,
      description,
      stage: ConsultationStage.COLLECTING_TOPICS,
      decisionVoteId: null,
    }),
    viewer.actor,
    at,
  );
  await ctx.dataSource.transaction(async (m) => {
    await m.getRepository(Consultation).insert(consultation);
    await m.query(
      'INSERT INTO consultation_step (id, consultation_id, stage, note, recorded_by, recorded_at) VALUES ($1, $2, $3, NULL, $4, $5)',
      [randomUUID(), consultation.id, consultation.stage, viewer.actor, at],
    );
  });
  return consultation;
}

/** Moves to the next stage only; the owners' decision may link the joint vote, which must be closed before disclosure. */
export async function advanceConsultation(ctx: RequestContext, input: AdvanceConsultationInput): Promise<Consultation> {
  const id = assertUuid(input.consultationId, 'consultationId');
  if (!STAGE_ORDER.includes(input.stage)) throw badInput('Unknown stage', { field: 'stage' });
  const voteId = input.voteId ? assertUuid(input.voteId, 'voteId') : null;
  if (voteId && input.stage !== ConsultationStage.OWNERS_DECISION)
    throw badInput('Only the owners’ decision links a vote', { field: 'voteId' });
  const note = input.note?.trim() || null;
  const at = ctx.clock.now();
  return ctx.dataSource.transaction(async (m) => {
    const c = await loadOrNotFound(
      m.getRepository(Consultation).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }),
      'Consultation',
      id,
    );
    const viewer = assertCommitteeWriter(ctx, c.compoundId);
    const next = STAGE_ORDER[STAGE_ORDER.indexOf(c.stage) + 1];
    if (input.stage !== next) {
      throw conflict(next ? `The consultation is at ${c.stage}; the next stage is ${next}` : 'The consultation is complete', {
        stage: c.stage,
        next: next ?? null,
      });
    }
    if (voteId) {
      const vote = await loadOrNotFound(m.getRepository(JointVote).findOneBy({ id: voteId }), 'Vote', voteId);
      if (vote.compoundId !== c.compoundId) throw badInput('The vote is of another compound', { field: 'voteId' });
      c.decisionVoteId = voteId;
    }
    if (input.stage === ConsultationStage.DECISION_DISCLOSED && c.decisionVoteId) {
      const vote = await m.getRepository(JointVote).findOneByOrFail({ id: c.decisionVoteId });
      if (vote.status !== VoteStatus.CLOSED)
        throw conflict('The owners’ vote is still open: close it before disclosing the decision', { voteId: vote.id });
    }
    await m.query(
      'INSERT INTO consultation_step (id, consultation_id, stage, note, vote_id, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [randomUUID(), id, input.stage, note, voteId, viewer.actor, at],
    );
    Object.assign(c, { stage: input.stage, updatedBy: viewer.actor, updatedAt: at });
    await m.getRepository(Consultation).save(c);
    return c;
  });
}

/** Residents, owners and the committee of the compound propose topics while topics are collected. */
export async function proposeTopic(ctx: RequestContext, input: ProposeTopicInput): Promise<ConsultationTopic> {
  const id = assertUuid(input.consultationId, 'consultationId');
  const body = boundedText(input.text, 'text', 1000);
  const viewer = requireViewer(ctx);
  const at = ctx.clock.now();
  return ctx.dataSource.transaction(async (m) => {
    const [c] = await m.query('SELECT compound_id, stage FROM consultation WHERE id = $1 FOR SHARE', [id]);
    if (!c) throw notFound('Consultation', id);
    if (!viewer.canActInCompound(c.compound_id, 'resident', 'owner', 'committee_member'))
      throw forbidden('Only residents, owners and the committee of this compound may propose topics');
    if (c.stage !== ConsultationStage.COLLECTING_TOPICS) throw conflict('Topics are no longer being collected', { stage: c.stage });
    const topic = stampCreated(
      Object.assign(new ConsultationTopic(), { id: randomUUID(), consultationId: id, text: body }),
      viewer.actor,
      at,
    );
    await m.getRepository(ConsultationTopic).insert(topic);
    return m.getRepository(ConsultationTopic).findOneByOrFail({ id: topic.id });
  });
}
