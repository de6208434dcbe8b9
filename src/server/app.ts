/**
 * The application as a Fastify instance: plugins, services and routes wired
 * once from config. `server.ts` only listens; tests call `buildApp` directly.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Config } from './config.js';
import { requestContext } from './context.js';
import { closeExtractionPool } from './documents/extract.js';
import { ContextLogController, loggerOptions } from './logger.js';
import { APP_VERSION, WEB_DIR } from './paths.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandler } from './plugins/errors.js';
import { createMetrics, registerMetrics } from './plugins/metrics.js';
import { registerOwner } from './plugins/owner.js';
import { registerSecurity } from './plugins/security.js';
import { registerStatic } from './plugins/static.js';
import { answerRoutes } from './routes/answers.js';
import { documentRoutes } from './routes/documents.js';
import { healthRoutes } from './routes/health.js';
import { questionRoutes } from './routes/questions.js';
import { memorizeRoutes } from './routes/memorize.js';
import { reviewRoutes } from './routes/review.js';
import { sessionRoutes } from './routes/sessions.js';
import { voiceAnswerRoutes } from './routes/voice-answers.js';
import { voiceRoutes } from './routes/voice.js';
import { workHistoryRoutes } from './routes/work-history.js';
import { buildServices, type Services } from './services/index.js';
import { cookieSecret } from './secrets.js';
import { openStorage, type Storage } from './storage/db.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    storage: Storage;
  }
}

async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Interview Practice API', version: APP_VERSION } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    logController: new ContextLogController(),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    forceCloseConnections: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', (request, reply, done) => {
    // The id on every log line of this request, so a user or operator can find them.
    reply.header('x-request-id', request.id);
    requestContext.run({ requestId: request.id }, done);
  });

  const storage = await openStorage(config);
  app.decorate('storage', storage);
  const metrics = createMetrics();
  app.decorate('services', buildServices(config, storage, metrics, app.log));
  app.addHook('onClose', async () => {
    await app.services.workHistory.close();
    await closeExtractionPool();
    await storage.close();
  });

  registerErrorHandler(app);
  await app.register(fastifyCookie, { secret: cookieSecret(config) });
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5, parts: 6 },
  });
  // Before the owner hook: a request refused for want of a login gets no owner cookie.
  await registerAuth(app, config);
  registerOwner(app, { secureCookie: false });
  await registerSecurity(app, config);
  await registerOpenApi(app);
  registerMetrics(app, metrics);

  const { services } = app;
  await app.register(healthRoutes({ storage, version: APP_VERSION, coach: services.coachInfo }));
  await app.register(sessionRoutes(services));
  await app.register(documentRoutes(services));
  await app.register(questionRoutes(services));
  await app.register(answerRoutes(services));
  await app.register(memorizeRoutes(services));
  await app.register(workHistoryRoutes(services.workHistory));
  await app.register(reviewRoutes(services));
  await app.register(voiceRoutes(services.voice, services.sessions));
  await app.register(voiceAnswerRoutes({ sessions: services.sessions, ...services.spoken }));
  await registerStatic(app, WEB_DIR);
  return app;
}
