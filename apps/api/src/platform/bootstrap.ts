import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppConfig } from './config/config';
import { createValidationPipe } from './graphql/validation';
import { securityHeaders } from './web/security-headers';
import { serveWeb } from './web/serve-web';

export interface App {
  nest: NestExpressApplication;
  servesWeb: boolean;
}

/**
 * Builds the whole hub around the root module the app is composed of (`AppModule.forRoot`): the same wiring for
 * `npm start` and for the integration tests.
 */
export async function createApp(root: DynamicModule, config: AppConfig): Promise<App> {
  const nest = await NestFactory.create<NestExpressApplication>(root, { bufferLogs: true });
  nest.useLogger(nest.get(Logger));
  // Behind a TLS-terminating proxy, req.secure then reflects the client's https, and the session cookie is marked Secure.
  nest.set('trust proxy', config.trustProxy);
  nest.use(securityHeaders());
  nest.use(cookieParser());
  nest.useGlobalPipes(createValidationPipe());
  const servesWeb = config.webDist ? serveWeb(nest, config.webDist) : false;
  return { nest, servesWeb };
}
