FROM node:22-alpine AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

# ok: docker-final-stage-runs-as-root
FROM node:22-alpine
USER root
RUN apk add --no-cache tini

USER node
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
ENTRYPOINT ["/sbin/tini", "--", "node", "server.js"]
