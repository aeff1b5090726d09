import { buildExplorer } from '../gateway/explorer/build';

/** `npm run build` (and so `npm start`) builds the explorer's browser files when their inputs changed. */
buildExplorer({ force: process.argv.includes('--force') })
  .then((outcome) => {
    if (outcome === 'built') console.log('explorer built into dist/explorer/');
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
