import { LIMITS } from '@ideas-hub/domain';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: LIMITS.pageSizeDefault })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(LIMITS.pageSizeMax, { message: `first must be at most ${LIMITS.pageSizeMax}` })
  first: number = LIMITS.pageSizeDefault;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

/** A Relay-style connection type for `node`, named `<Name>Connection`. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}
