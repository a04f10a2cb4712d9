FROM golang:1.23 AS build
WORKDIR /src
COPY . .
USER nobody
RUN go build -o /out/app ./cmd/app

# ruleid: docker-final-stage-runs-as-root
FROM debian:12-slim
COPY --from=build /out/app /usr/local/bin/app
# USER app
USER root
ENTRYPOINT ["/usr/local/bin/app"]
