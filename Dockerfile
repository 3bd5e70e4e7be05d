# syntax=docker/dockerfile:1
# mlidea: the jar built with Maven, run on a JRE as a non-root user. Build from the repository's root:
#   docker build -t mlidea .
# Choices (base image, health check, JVM flags): docs/decisions/0019-shipping.md.
# DockerfileTest checks the rules this file keeps.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY conversations conversations
COPY storage storage
COPY bot bot
# The Maven repository is cached between builds (BuildKit); the tests ran in CI, not here.
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package

FROM eclipse-temurin:21-jre-noble
# curl for the health check, and fonts for the weekly summary's chart (the JRE draws its labels with them).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 mlidea \
    && useradd --system --uid 10001 --gid mlidea --home-dir /app --shell /usr/sbin/nologin mlidea \
    && mkdir -p /data \
    && chown mlidea:mlidea /data
WORKDIR /app
COPY --from=build /src/bot/target/mlidea.jar /app/mlidea.jar
COPY deploy/jvm.options /app/jvm.options
# Production sets DATABASE_URL; without it the embedded PostgreSQL keeps its data in /data (mount a volume).
ENV PORT=3000 \
    MLIDEA_DATA_DIR=/data
EXPOSE 3000
# Numeric, so that Kubernetes' runAsNonRoot can check it.
USER 10001:10001
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/healthz" || exit 1
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/mlidea.jar"]
