# One image for every service; docker-compose.yml chooses which one a container runs.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json .npmrc ./
COPY subgraphs/kit/package.json subgraphs/kit/
COPY subgraphs/departments/package.json subgraphs/departments/
COPY subgraphs/cases/package.json subgraphs/cases/
COPY subgraphs/meetings/package.json subgraphs/meetings/
COPY subgraphs/assessment/package.json subgraphs/assessment/
COPY subgraphs/screening/package.json subgraphs/screening/
COPY subgraphs/notices/package.json subgraphs/notices/
COPY gateway/package.json gateway/
COPY console/package.json console/
RUN npm ci --include=dev
COPY . .
USER node
