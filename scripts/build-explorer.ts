import { buildExplorer } from '../gateway/explorer/build';

/**
 * `npm run build` builds the explorer's browser files when their inputs changed;
 * `npm start`'s launcher runs this with `--unchecked` (esbuild alone, no type check).
 */
buildExplorer({ force: process.argv.includes('--force'), check: !process.argv.includes('--unchecked') })
  .then((outcome) => {
    if (outcome === 'built') console.log('explorer built into dist/explorer/');
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
