import { Global, Module } from '@nestjs/common';
import { Database } from './database.service';

/** Offers `Database` to every domain module, so that none of them injects TypeORM's DataSource. */
@Global()
@Module({ providers: [Database], exports: [Database] })
export class DatabaseModule {}
