import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { ConsultationStep } from './consultation-step.entity';
import { ConsultationTopic } from './consultation-topic.entity';
import { Consultation } from './consultation.entity';
import { ConsultationResolver, ConsultationStepResolver } from './consultation.resolver';

/** Consultations (一征三议两公开): collect topics, three deliberations, two disclosures, in order. */
export const consultationModule: SubgraphModule = {
  entities: [Consultation, ConsultationStep, ConsultationTopic],
  resolvers: [ConsultationResolver, ConsultationStepResolver],
};
