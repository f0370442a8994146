import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream } from 'pino';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { IdeasModule } from './ideas/ideas.module';
import { InterestsModule } from './interests/interests.module';
import { ModerationModule } from './moderation/moderation.module';
import { NotificationsModule } from './notifications/notifications.module';
import { AppConfig } from './platform/config/config';
import { PolicyGuard } from './platform/auth/policy.guard';
import { SessionMiddleware } from './platform/auth/session.middleware';
import { DatabaseModule } from './platform/database/database.module';
import { serviceUnavailableStatus } from './platform/database/database-outage';
import { dataSourceOptions } from './platform/database/data-source';
import { DatabaseOutageFilter } from './platform/database/outage.filter';
import { createErrorFormatter } from './platform/graphql/format-error';
import { operationLimits } from './platform/graphql/limits';
import { HealthController } from './platform/health/health.controller';
import { HubLifecycle } from './platform/lifecycle/lifecycle';
import { httpLoggerOptions, loggerOptions } from './platform/logging/logging';
import { RateLimitModule } from './platform/rate-limit/rate-limit.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewsModule } from './reviews/reviews.module';
import { ThemesModule } from './themes/themes.module';
import { SCHEMA } from './schema';
import { VotesModule } from './votes/votes.module';

@Module({})
export class AppModule implements NestModule {
  /** `logDestination` lets tests read the log lines; the hub writes them to stdout. */
  static forRoot(config: AppConfig, databaseUrl: string, logDestination: DestinationStream = pino.destination(1)): DynamicModule {
    const logger = pino(loggerOptions(config.logLevel), logDestination);
    const limits = operationLimits({ production: config.production });
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: [httpLoggerOptions(config.logLevel), logDestination] }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, SCHEMA)),
        DatabaseModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          // Schema introspection is part of the open API: the board asks others for open, documented interfaces.
          introspection: true,
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          formatError: createErrorFormatter(logger),
          validationRules: limits.validationRules,
          plugins: [...limits.plugins, serviceUnavailableStatus()],
          // Nest would reset every response with data to HTTP 200, the 503 of a database outage included.
          preserveHttpStatusForExecutionErrors: false,
        }),
        RateLimitModule.forRoot({ limitPerMinute: config.authRateLimit, redisUrl: config.redisUrl }),
        TerminusModule,
        AuditModule,
        NotificationsModule,
        AccountsModule,
        ThemesModule,
        RecommendationsModule,
        IdeasModule,
        ModerationModule,
        ReportsModule.forRoot({ releaseEarly: config.anonymousReleaseEarly }),
        ReviewsModule,
        InterestsModule,
        VotesModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: PolicyGuard }, { provide: APP_FILTER, useClass: DatabaseOutageFilter }, HubLifecycle],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('graphql');
  }
}
