import { groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { ConsultationStep } from './consultation-step.entity';
import { ConsultationTopic } from './consultation-topic.entity';

/** Consultation.steps over a page of consultations: one statement. */
export function stepsOf(ctx: RequestContext) {
  return groupedLoader(ctx, 'consultationSteps', ConsultationStep, 'consultationId', { seq: 'ASC' });
}

/** Consultation.topics over a page of consultations: one statement. */
export function topicsOf(ctx: RequestContext) {
  return groupedLoader(ctx, 'consultationTopics', ConsultationTopic, 'consultationId', { seq: 'ASC' });
}
