# One image for all five Doorstep services; docker-compose.yml picks the service with
# `command:` (e.g. `node dist/subgraphs/party/index.js`). Build context: the repository root.
#   docker build -t doorstep .
#   docker run --rm -p 4000:4000 -e PARTY_URL=... doorstep                      # the gateway
#   docker run --rm -e PARTY_DATABASE_URL=... doorstep node dist/subgraphs/party/index.js

# --- build: every dependency, then TypeScript and the explorer's browser files → dist/ -----
FROM node:24-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so editing the sources does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# supergraph.yaml marks the repository root for the explorer's build (gateway/explorer/build.ts).
COPY tsconfig.json supergraph.yaml ./
COPY shared ./shared
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY scripts ./scripts
RUN npm run build

# --- runtime: production dependencies, compiled code and the composed schemas -------------
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# embedded-postgres comes along as a dependency but is never started here: in a
# container DATABASE_URL (or <NAME>_DATABASE_URL) is always set.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The gateway serves supergraph.graphql; repoRoot() finds /app by supergraph.yaml.
COPY supergraph.graphql supergraph.yaml ./
COPY subgraphs/party/schema.graphql ./subgraphs/party/schema.graphql
COPY subgraphs/committee/schema.graphql ./subgraphs/committee/schema.graphql
COPY subgraphs/property/schema.graphql ./subgraphs/property/schema.graphql
COPY subgraphs/enterprise/schema.graphql ./subgraphs/enterprise/schema.graphql
COPY subgraphs/notify/schema.graphql ./subgraphs/notify/schema.graphql
USER node
EXPOSE 4000 4001 4002 4003 4004 4005
CMD ["node", "dist/gateway/index.js"]
