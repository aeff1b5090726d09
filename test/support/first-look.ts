import { FirstLookDocument } from '../../operations/typed/graphql';
import { STAKEHOLDER_NAMES, type SubgraphName } from '../../shared/config';
import { expectDuringOutage, graphsAnswering, planOperation, type JsonObject } from './outage-expectation';
import { loadPersonaOperations } from '../../shared/schema/persona-operations';

/**
 * The README's first query — the analyst's `FirstLook` in operations/ — for the tests
 * that send it while a stakeholder is down. What it must answer then is derived from the
 * supergraph, as for every persona operation (outage-expectation.ts).
 */
const operation = loadPersonaOperations().find((o) => o.name === 'FirstLook')!;
const plan = planOperation(operation.document);

/** The operation as a typed document (operations/typed, generated from the same file). */
export const FIRST_LOOK = FirstLookDocument;

/** The all-up answer as it must be while `stopped` is down: its fields null (all of it, null, for the root's party). */
export const firstLookWithout = (allUp: JsonObject, stopped: SubgraphName) => expectDuringOutage(plan, allUp, stopped);

/** Whether every stakeholder gives the answer something, so that comparing with it proves something. */
export const readsEveryStakeholder = (allUp: JsonObject) => {
  const answering = graphsAnswering(plan, allUp);
  return STAKEHOLDER_NAMES.every((name) => answering.has(name));
};
