// Every migration, in order. Listed explicitly (not globbed) so the same list works from source and from dist.
import { CreateMembers1764000000000 } from './1764000000000-CreateMembers';
import { Membership1764100000000 } from './1764100000000-Membership';

export const MIGRATIONS = [CreateMembers1764000000000, Membership1764100000000];
