/**
 * The suites that only read the demo data, run as one group on one shared stack (see
 * test/support/shared-stack.ts): each still lives beside its stakeholder's other tests.
 */
import { stopSharedDemoStack } from '../support/shared-stack';
import './federation.suite';
import '../gateway/security.suite';
import '../gateway/hostile-input.suite';
import '../gateway/request-hygiene.suite';
import './party/demo.suite';
import './committee/demo.suite';
import './property/demo.suite';
import './enterprise/demo.suite';
import './enterprise/access-and-batching.suite';

afterAll(() => stopSharedDemoStack());
