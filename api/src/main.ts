// `npm start`: validate configuration, start the database and the app, print where it is, stop cleanly.
import 'reflect-metadata';
import { loadConfig } from './config/config';
import { DEMO_ADMIN, startServer, type RunningServer } from './server';
import { startFailureMessage } from './start-errors';

function fail(error: unknown): never {
  process.stderr.write(`${startFailureMessage(error)}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error);
  }

  let server: RunningServer | undefined;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\nHeritage CoP is shutting down (${signal})…\n`);
    const done = server ? server.close() : Promise.resolve();
    done.then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`heritage-cop: error while shutting down: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    server = await startServer(config, { handlesSignals: true });
  } catch (error) {
    fail(error);
  }
  const lines = [
    '',
    `Heritage CoP is running at ${config.publicUrl}`,
    `  GraphQL API: ${config.publicUrl}/graphql`,
    `  Database:    ${server.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`,
  ];
  if (server.embedded || server.seeded) {
    lines.push(`  Demo admin:  ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
  }
  if (config.devMailbox && !config.smtpUrl) {
    lines.push(`  Emails:      kept in the development mailbox, ${config.publicUrl}/dev/mail (this machine only)`);
  }
  lines.push('Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n'));
}

void main();
