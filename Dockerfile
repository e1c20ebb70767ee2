# syntax=docker/dockerfile:1
# One image for every Mienskip service: the gateway, the subgraphs, the access-log service and the
# room planner's server, built from this repository and started from compiled JavaScript (no tsx).
# Which service a container runs is its working directory and command (see compose.yaml):
#   working_dir /app/packages/locations, command node dist/server.js   (the service)
#   working_dir /app/packages/locations, command node dist/migrate.js  (its migrations, as the owner)
#   working_dir /app/apps/gateway, command node dist/keys-cli.js list    (the keys CLI, docs/keys.md)
# Build: docker build -t mienskip .   (docs/deploying.md)

FROM node:20.19-bookworm-slim AS build
WORKDIR /app
# pnpm at the version package.json pins (packageManager), through Node's corepack.
RUN corepack enable
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm build \
 # Only what runs in production stays: devDependencies (tsx, vitest, drizzle-kit, …) are removed.
 && pnpm install --frozen-lockfile --prod

FROM node:20.19-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
# Every service listens on its own port (catalogue: gateway 4000, subgraphs 4001-4005, audit 4008,
# room planner 4010); HOST must be 0.0.0.0 inside a container (compose.yaml sets it).
EXPOSE 4000 4001 4002 4003 4004 4005 4008 4010
CMD ["node", "--version"]
