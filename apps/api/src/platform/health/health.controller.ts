import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HubLifecycle } from '../lifecycle/lifecycle.service';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly lifecycle: HubLifecycle,
  ) {}

  /** The process is up: a failing liveness check means restart it. */
  @Get('live')
  @HealthCheck()
  live() {
    const failure = this.lifecycle.livenessFailure;
    return this.health.check(failure ? [() => ({ process: { status: 'down', message: failure } })] : []);
  }

  /** The process can serve: a failing readiness check means send traffic elsewhere. */
  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.lifecycle.draining) {
      return this.health.check([() => ({ process: { status: 'down', message: 'The hub is shutting down.' } })]);
    }
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
  }
}
