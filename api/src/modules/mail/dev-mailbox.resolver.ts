import { LIMITS } from '@heritage/shared';
import { Args, Context, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/auth/current-member';
import { Public } from '../../common/auth/public.decorator';
import { NotFoundError, UserInputError } from '../../common/errors/app-errors';
import { notLocalBecause } from '../../common/security/loopback';
import { DevMailboxRepository } from './dev-mailbox.repository';
import { MailService } from './mail.service';

@ObjectType({ description: 'An email kept by the development mailbox instead of being sent.' })
export class DevMail {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field()
  text: string;

  @Field()
  createdAt: Date;
}

@Resolver(() => DevMail)
export class DevMailboxResolver {
  constructor(
    private readonly mail: MailService,
    private readonly repository: DevMailboxRepository,
  ) {}

  @Public()
  @Query(() => [DevMail], {
    description:
      'Development only (DEV_MAILBOX=true, no SMTP_URL, not production), and only to requests from this machine ' +
      '(loopback peer, Host localhost, 127.0.0.1 or [::1], no forwarding headers): the latest emails the service ' +
      'would have sent. NOT_FOUND otherwise.',
  })
  devMailbox(
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<DevMail[]> {
    // The mailbox holds sign-in links: never show it to another machine, even on a demo server, nor through a
    // proxy on this one, nor to another site's page whose name points here (loopback.ts).
    if (!this.mail.devMailboxEnabled || notLocalBecause(ctx.req) !== null) {
      throw new NotFoundError('There is no development mailbox on this server');
    }
    const limit = first ?? LIMITS.pageSizeDefault;
    if (limit < 1 || limit > LIMITS.pageSizeMax) {
      throw UserInputError.field('first', `Ask for between 1 and ${LIMITS.pageSizeMax} emails`);
    }
    return this.repository.latest(limit);
  }
}
