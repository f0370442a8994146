import { Action, LIMITS } from '@ideas-hub/domain';
import { Args, ArgsType, Field, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AuthorLoader } from '../accounts/accounts.loaders';
import { AuthorModel } from '../accounts/accounts.models';
import { Allow } from '../platform/auth/allow.decorator';
import { AuditEntryConnection, AuditEntryModel } from './audit.models';
import { AuditService } from './audit.service';

@ArgsType()
class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(LIMITS.pageSizeMax, { message: `first must be at most ${LIMITS.pageSizeMax}` })
  first = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes made by this account.' })
  @IsOptional()
  @IsUUID('all', { message: 'actor must be the id of an account' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. castVote.' })
  @IsOptional()
  @MaxLength(100)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes to this kind of thing, e.g. Vote.' })
  @IsOptional()
  @MaxLength(100)
  entity?: string | null;
}

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly auditService: AuditService,
    private readonly authors: AuthorLoader,
  ) {}

  @Query(() => AuditEntryConnection, { description: 'Every state change in the hub, newest first.' })
  @Allow(Action.ReadAuditLog)
  async auditLog(@Args() args: AuditLogArgs): Promise<AuditEntryConnection> {
    const page = await this.auditService.list(args.first, args.after, args);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: AuditEntryModel.from(edge.node) })) };
  }

  @ResolveField(() => AuthorModel, { nullable: true, description: 'Null for anonymous reporters and the system.' })
  async actor(@Parent() entry: AuditEntryModel): Promise<AuthorModel | null> {
    const author = entry.actorId ? await this.authors.load(entry.actorId) : null;
    return author ? AuthorModel.from(author) : null;
  }
}
