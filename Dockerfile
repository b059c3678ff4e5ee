# hotpatch-calendar serve in a container: slim Node, a non-root user, a health check. Build and run:
#   docker build -t hotpatch-calendar .
#   docker run -p 8080:8080 -v hotpatch-cache:/home/node/.cache hotpatch-calendar
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsup.config.ts ./
COPY src ./src
COPY bin ./bin
RUN npx tsup --silent && npm prune --omit=dev --ignore-scripts

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
# The image's node user (uid 1000) runs it; its cache folder holds the refreshed overlay.
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "bin/hotpatch-calendar.js", "serve", "--host", "0.0.0.0", "--port", "8080"]
