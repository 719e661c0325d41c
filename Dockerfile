# syntax=docker/dockerfile:1
# Voordeur as a container image. `docker build -t voordeur .`; compose.yaml runs it with PostgreSQL.
# Settings come from the environment only: the image holds no env/ files (see .dockerignore and
# docs/guides/operations.md).

# Node 20 left long-term support in April 2026; 22 is supported until April 2027.
ARG NODE_VERSION=22

# Build: every dependency, the compiled service and the tab.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN NODE_ENV=production npm run build

# Run: production dependencies and what the service reads at run time, as the unprivileged `node` user.
FROM node:${NODE_VERSION}-bookworm-slim AS run
ENV NODE_ENV=production \
    PORT=3978 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
# better-sqlite3 fetches a prebuilt binary for this Node version and platform; where none exists it compiles,
# which needs python3, make and g++ in this stage.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
COPY cards ./cards
COPY public ./public
# SQLite lives here when DATABASE_URL is not set; mount a volume to keep it.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` (scripts/start.mjs) runs once dist/ is built. Not `npm start` itself: the image has no
# sources to check for staleness, and node as PID 1 receives SIGTERM directly and stops gracefully.
CMD ["node", "dist/index.js"]
