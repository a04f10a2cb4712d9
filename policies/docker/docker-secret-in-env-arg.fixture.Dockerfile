FROM postgres:16
# ruleid: docker-secret-in-env-arg
ENV POSTGRES_PASSWORD=Sup3rS3cret9
# ruleid: docker-secret-in-env-arg
ARG NPM_TOKEN=npm_q8Lw2Rk4Vn7Tz1Yb5Hc3Jd6Fg9Ms0Px
# ruleid: docker-secret-in-env-arg
ENV APP_ENV=prod API_KEY="k7Qm2Xw9Lp4Rt8Zv"
# ruleid: docker-secret-in-env-arg
ENV JWT_SECRET r4nd0mJwtS1gn1ngV4lue
# ok: docker-secret-in-env-arg
ARG NPM_TOKEN
# ok: docker-secret-in-env-arg
ENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password
# ok: docker-secret-in-env-arg
ENV DB_PASSWORD=${DB_PASSWORD}
# ok: docker-secret-in-env-arg
ENV TOKEN_TTL=3600
# ok: docker-secret-in-env-arg
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
