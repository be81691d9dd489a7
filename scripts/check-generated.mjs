// Fails when shared/schema.graphql, web/src/gql/ or api/test/graphql/ no longer match what `npm run codegen` produces.
import { execFileSync } from 'node:child_process';

const GENERATED = ['shared/schema.graphql', 'web/src/gql', 'api/test/graphql'];
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run('npm', ['run', 'codegen', '--silent']);
const drift = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED], { encoding: 'utf8' }).trim();
if (drift) {
  process.stderr.write(
    `Generated files are stale or uncommitted:\n${drift}\nRun \`npm run codegen\` and commit the result.\n`,
  );
  process.exit(1);
}
process.stdout.write('Generated schema and typed operations are up to date.\n');
