import { Injectable } from '@nestjs/common';

/** The time attempt limits count by: one provider, so that tests can move it instead of waiting minutes. */
@Injectable()
export class Clock {
  now(): number {
    return Date.now();
  }
}
