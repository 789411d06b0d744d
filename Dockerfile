# Samsa broker and CLI image.
#
#   docker build -t samsa:local .
#   docker run samsa:local                      # a broker, configured from SAMSA_* variables
#   docker run samsa:local topics --help        # the CLI (same entrypoint)
#
# Configuration follows the convention of Kafka's container images: every broker key can be
# set as SAMSA_<KEY> with dots as underscores, upper case (SAMSA_BROKER_ID -> broker.id,
# SAMSA_ZOOKEEPER_CONNECT -> zookeeper.connect). `--config <file>` and `--override k=v` work too.

# --- build: compile TypeScript with the dev dependencies --------------------------------------
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# --- runtime: production dependencies, compiled output and the wire contract -----------------
FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY proto/*.proto ./proto/
# `samsa` on PATH, for `docker compose exec broker1 samsa topics ...`; /etc/samsa is where a
# mounted server.properties goes (`broker --config /etc/samsa/server.properties`).
RUN printf '#!/bin/sh\nexec node /app/dist/broker/tools/samsa.js "$@"\n' > /usr/local/bin/samsa \
 && chmod 0755 /usr/local/bin/samsa \
 && mkdir -p /var/lib/samsa/data /etc/samsa \
 && chown -R node:node /var/lib/samsa
USER node
ENV SAMSA_LOG_DIRS=/var/lib/samsa/data
VOLUME ["/var/lib/samsa"]
# 9092: the protobuf listener (the default `listeners`); 19092: where compose.yaml puts the KAFKA
# listener (Kafka's wire protocol); 9644: the admin API (REST, /metrics, /healthz, /readyz).
EXPOSE 9092 19092 9644
# No curl in a slim image: node asks the admin API whether the broker serves (registered in
# ZooKeeper, listeners open). Assumes admin.listeners keeps its default port 9644.
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=6 \
  CMD ["node", "-e", "require('http').get('http://127.0.0.1:9644/readyz',{timeout:2000},r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1)).on('timeout',()=>process.exit(1))"]
# SIGTERM triggers a controlled shutdown (leadership moves away first), as in Kafka.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "dist/broker/tools/samsa.js"]
CMD ["broker"]
