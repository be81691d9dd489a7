// Starting and stopping the whole app: database (embedded or external), Nest, the web app, the port.
// main.ts calls this for `npm start`; tests call it to run the real app on a free port.
import net from 'node:net';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import compression from 'compression';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { LIVE_STREAM_PATH } from '@heritage/shared';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { readCookie, sessionCookieName } from './common/auth/session-cookie';
import { createHttpLogger } from './common/logging';
import { securityHeaders } from './common/security';
import { mountWebApp } from './common/web/web-app';
import type { AppConfig } from './config/config';
import { assertDatabaseReachable } from './database/database-reachable';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database';
import { viewerOf } from './modules/auth/auth.model';
import { AuthService } from './modules/auth/auth.service';
import { liveStreamHandler } from './modules/live/live-stream';
import { DEMO_ADMIN, seedDemoInto } from './seed/demo-seed';

export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`Port ${port} on ${host} is already in use. Stop whatever is using it, or set PORT to another port.`);
    this.name = 'PortInUseError';
  }
}

export interface RunningServer {
  app: INestApplication;
  /** Base URL the server listens on, e.g. http://127.0.0.1:3000 */
  url: string;
  /** True when the demo community was seeded during this start. */
  seeded: boolean;
  embedded: boolean;
  close(): Promise<void>;
}

/** Fails fast, before the database starts, when the port is taken. */
export function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port) : error),
    );
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const http = createHttpLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, http), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // req.ip (the address every rate limit counts) is the first X-Forwarded-For hop, from the right, that is
  // not a trusted proxy: a hop count or the proxies' addresses, never `true` (the client-written left-most).
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config.isProduction, config.mapTileUrl));
  // Live streams before compression, which would hold SSE events back to fill its buffer.
  app.use(LIVE_STREAM_PATH, liveStreamHandler(app.get(GraphQLSchemaHost), app.get(Logger)));
  // gzip or Brotli for every response the browser accepts it for (GraphQL, the app shell); files the build
  // compressed already carry their Content-Encoding and are left alone.
  app.use(compression());
  const auth = app.get(AuthService);
  const cookie = sessionCookieName(config.isProduction);
  mountWebApp(app.getHttpAdapter().getInstance(), config.webDistDir, {
    async viewerFor(req) {
      const token = readCookie(req, cookie);
      const member = token ? await auth.authenticate(token) : undefined;
      return member ? viewerOf(member) : null;
    },
  });
  // After the web app's files, as nestjs-pino's middleware was: one line per API request, with its id.
  app.use(http);
  await app.init();
  return app;
}

export interface StartOptions {
  /** The caller handles SIGINT/SIGTERM by calling close(), which stops the app before the database. */
  handlesSignals?: boolean;
}

export async function startServer(config: AppConfig, options: StartOptions = {}): Promise<RunningServer> {
  await assertPortFree(config.host, config.port);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl) {
    await assertDatabaseReachable(databaseUrl);
  } else {
    embedded = await startEmbeddedDatabase({
      clusterDir: path.join(config.dataDir, 'postgres'),
      lockDir: config.dataDir,
      port: config.embeddedDatabasePort,
      databaseName: 'heritage',
      persistent: true,
      callerStopsOnSignal: options.handlesSignals,
    });
    databaseUrl = embedded.url;
  }

  let app: NestExpressApplication | undefined;
  try {
    app = await createApp(config, databaseUrl);
    const seeded = config.seedDemo ? await seedDemoInto(app) : false;
    await listen(app, config);
    const address = app.getHttpServer().address() as net.AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const running = app;
    return {
      app,
      url: `http://${host}:${address.port}`,
      seeded,
      embedded: embedded !== undefined,
      async close() {
        try {
          await running.close();
        } finally {
          await embedded?.stop();
        }
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

async function listen(app: NestExpressApplication, config: AppConfig): Promise<void> {
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(config.host, config.port);
    throw error;
  }
}

export { DEMO_ADMIN };
