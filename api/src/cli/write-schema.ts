// `npm run schema -w api`: writes the GraphQL schema to shared/schema.graphql (committed; checked for drift).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../config/repo-root';
import { buildSchemaSdl } from '../graphql-schema';

async function main(): Promise<void> {
  const file = path.join(findRepoRoot(), 'shared', 'schema.graphql');
  writeFileSync(file, await buildSchemaSdl());
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`write-schema: ${String(error)}\n`);
  process.exit(1);
});
