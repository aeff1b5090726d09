// `npm test`'s checks before jest, in three lanes side by side: they read the same files
// but none needs another's output, except that the schema check runs the build's code.
//   1. the typed documents are current, the build (tsc, explorer), the schema check
//   2. ESLint (type-aware: it builds its own TypeScript program)
//   3. Prettier
// On a quiet 2-core machine this takes about half the time of running them one after
// another; on a busy one it costs nothing more. Each lane's output is printed whole when
// it ends, so lanes never interleave; the exit code is 1 when any lane failed.
// Plain CommonJS: it runs before anything is built.
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const LANES = [
  {
    name: 'typed documents, build, schema check',
    steps: [
      ['npm', ['run', '--silent', 'codegen:check']],
      ['npm', ['run', '--silent', 'build']],
      [process.execPath, [path.join(root, 'dist', 'scripts', 'schema.js'), 'check']],
    ],
  },
  { name: 'ESLint', steps: [[bin('eslint'), ['.']]] },
  { name: 'Prettier', steps: [[bin('prettier'), ['--check', '.', '--log-level', 'warn']]] },
];

function runStep([command, args], output) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => {
      output.push(Buffer.from(`${command}: ${error.message}\n`));
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function runLane(lane) {
  const output = [];
  let failed = false;
  for (const step of lane.steps) {
    if ((await runStep(step, output)) !== 0) {
      failed = true;
      output.push(Buffer.from(`✗ ${lane.name}: \`${path.basename(step[0])} ${step[1].join(' ')}\` failed\n`));
      break;
    }
  }
  process.stdout.write(Buffer.concat(output));
  return failed;
}

Promise.all(LANES.map(runLane)).then((failures) => {
  process.exitCode = failures.some(Boolean) ? 1 : 0;
});
