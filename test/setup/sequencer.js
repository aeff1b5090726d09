// Runs the files known to take longest first, so the two workers finish together
// instead of one waiting on a long file picked last (a fresh clone has no timing cache
// and jest would otherwise order by file size). After a first run jest's own timings
// order the rest.
const Sequencer = require('@jest/test-sequencer').default;

const LONGEST_FIRST = [
  'test/scripts/start.test.ts',
  'test/gateway/faults.test.ts',
  'test/e2e/enterprise.test.ts',
  'test/e2e/committee.test.ts',
  'test/e2e/property.test.ts',
  'test/e2e/party.test.ts',
  'test/e2e/enterprise/rebate-faults.test.ts',
];

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const index = LONGEST_FIRST.findIndex((suffix) => test.path.endsWith(suffix));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    const sorted = super.sort(tests);
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = LongestFirstSequencer;
