// The viewer's digest frequency (read and change), and for admins the latest runs and a run on demand.
import { Permission } from '@heritage/shared';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { UserInputError } from '../../common/errors/app-errors';
import { DigestPreference, DigestRun, RunDigestsPayload, UpdateDigestPreferencePayload } from './digest.model';
import { DigestsService } from './digests.service';
import { RunDigestsInput, UpdateDigestPreferenceInput } from './dto/digest.inputs';

const RUNS_MAX = 20;

@Resolver()
export class DigestsResolver {
  constructor(private readonly digests: DigestsService) {}

  @Allow(Permission.SignedIn)
  @Query(() => DigestPreference, { description: 'How often the viewer is emailed a digest (WEEKLY unless changed).' })
  async digestPreference(@CurrentMember() viewer: AuthenticatedMember): Promise<DigestPreference> {
    return { frequency: await this.digests.frequencyOf(viewer.id) };
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => UpdateDigestPreferencePayload, {
    description: 'Sets how often the viewer is emailed a digest. BAD_USER_INPUT (frequency) for an unknown value.',
  })
  async updateDigestPreference(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: UpdateDigestPreferenceInput,
  ): Promise<UpdateDigestPreferencePayload> {
    return { preference: { frequency: await this.digests.setFrequency(viewer.id, input.frequency) } };
  }

  @Allow(Permission.ManageMembers)
  @Query(() => [DigestRun], { description: `Admins: the latest digest runs, newest first (at most ${RUNS_MAX}).` })
  async digestRuns(@Args('first', { type: () => Int, nullable: true }) first?: number): Promise<DigestRun[]> {
    const limit = first ?? 5;
    if (limit < 1 || limit > RUNS_MAX) throw UserInputError.field('first', `Ask for between 1 and ${RUNS_MAX} runs`);
    return (await this.digests.latestRuns(limit)).map((row) => DigestRun.from(row));
  }

  @Allow(Permission.ManageMembers)
  @Mutation(() => RunDigestsPayload, {
    description:
      'Admins: sends every digest due now (those already sent this period are not sent again) and returns the run.',
  })
  async runDigests(@Args('input') input: RunDigestsInput): Promise<RunDigestsPayload> {
    return { run: DigestRun.from(await this.digests.run('ON_DEMAND', { frequencies: input.frequencies })) };
  }
}
