# Production image on Node 24 LTS, in three stages: build with dev dependencies; install the production
# dependencies on their own from the lockfile; a slim runtime as the non-root `node` user.
# api/test/image.e2e-spec.ts assembles exactly what the runtime stage copies and starts the app from it,
# so keep this file to the instructions that check understands (FROM, WORKDIR, COPY, RUN, ENV, USER,
# EXPOSE, HEALTHCHECK, CMD).
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY api/package.json api/
COPY web/package.json web/
RUN npm ci
COPY shared shared
COPY api api
COPY web web
COPY migrations migrations
RUN npm run build

# Production dependencies only. npm nests a package under api/node_modules or web/node_modules when the
# root holds another version of it, so the runtime takes this whole folder (every node_modules in it),
# never a hand-picked list. Install scripts are skipped: the image uses DATABASE_URL, not the embedded
# PostgreSQL that needs them.
FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY api/package.json api/
COPY web/package.json web/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:24-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=deps --chown=node:node /app ./
COPY --from=build --chown=node:node /app/shared/dist shared/dist
COPY --from=build --chown=node:node /app/api/dist api/dist
COPY --from=build --chown=node:node /app/web/dist web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "api/dist/api/src/main.js"]
