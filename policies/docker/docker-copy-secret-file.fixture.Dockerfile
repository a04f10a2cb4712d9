FROM node:22-alpine
# ruleid: docker-copy-secret-file
COPY .env /app/.env
# ruleid: docker-copy-secret-file
COPY .npmrc package.json package-lock.json ./
# ruleid: docker-copy-secret-file
ADD id_rsa /root/.ssh/id_rsa
# ruleid: docker-copy-secret-file
COPY certs/server.key /etc/ssl/private/
# ok: docker-copy-secret-file
COPY package.json package-lock.json ./
# ok: docker-copy-secret-file
COPY .env.example /app/.env.example
# ok: docker-copy-secret-file
COPY src/ /app/src/
# ok: docker-copy-secret-file
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
