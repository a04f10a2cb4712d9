# ruleid: docker-from-latest-or-untagged
FROM python:latest AS build
RUN pip wheel -r requirements.txt -w /wheels
# ruleid: docker-from-latest-or-untagged
FROM node
# ruleid: docker-from-latest-or-untagged
FROM --platform=linux/amd64 bitnami/redis
# ruleid: docker-from-latest-or-untagged
FROM ghcr.io/org/base:latest
# ok: docker-from-latest-or-untagged
FROM python:3.12-slim@sha256:2b1c4f0e9d2a7c8b5e6f1a0d9c8b7a6e5f4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b
# ok: docker-from-latest-or-untagged
FROM build AS final
# ok: docker-from-latest-or-untagged
FROM scratch
# ok: docker-from-latest-or-untagged
FROM ${BASE_IMAGE}
# ok: docker-from-latest-or-untagged
FROM registry.corp:5000/team/app:1.4.2
# FROM ubuntu:latest
# ok: docker-from-latest-or-untagged
FROM node:22-alpine
