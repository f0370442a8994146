import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CommentEntity } from './comments.entity';

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The Markdown as written.' })
  body!: string;

  @Field({ description: 'Sanitised HTML rendered from the Markdown on the server: safe to insert as is.' })
  bodyHtml!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Hidden by a moderator; only administrators see hidden comments.' })
  hidden!: boolean;

  @Field(() => [CommentModel], { description: 'Replies, oldest first.' })
  replies!: CommentModel[];

  authorId!: string;

  static from(entity: CommentEntity, replies: CommentModel[] = []): CommentModel {
    return Object.assign(new CommentModel(), {
      id: entity.id,
      body: entity.body,
      bodyHtml: entity.bodyHtml,
      createdAt: entity.createdAt,
      hidden: entity.hiddenAt !== null,
      replies,
      authorId: entity.authorId,
    });
  }

  /** Top-level comments with their replies; a reply to a comment left out is left out with it. */
  static threads(comments: CommentEntity[]): CommentModel[] {
    const replies = new Map<string, CommentModel[]>();
    for (const reply of comments.filter((comment) => comment.parentId)) {
      replies.set(reply.parentId!, [...(replies.get(reply.parentId!) ?? []), CommentModel.from(reply)]);
    }
    return comments.filter((comment) => !comment.parentId).map((comment) => CommentModel.from(comment, replies.get(comment.id)));
  }
}
